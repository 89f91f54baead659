import type { DocumentRequirement } from '@/lib/content/schema';
import type { Selection } from './types';

/** Prefix of every localStorage key the checklist writes. */
export const STORAGE_PREFIX = 'yibao-checklist';

/** Merge key of a requirement: its doc id, or for "any one of" the sorted alternatives joined by "+". */
export function documentKey(requirement: Pick<DocumentRequirement, 'doc' | 'anyOf'>): string {
  if (!requirement.anyOf?.length) return requirement.doc;
  return [...new Set([requirement.doc, ...requirement.anyOf])].sort().join('+');
}

/**
 * Identifies a checklist by city and set of items, e.g. "yibao-checklist:kaiyuan:inpatient-reimbursement,outpatient-reimbursement".
 * Item order, scenarios and answers are left out on purpose, so ticks survive reordering and answering.
 */
export function checklistKey(selection: Pick<Selection, 'city' | 'items'>): string {
  return `${STORAGE_PREFIX}:${selection.city}:${[...new Set(selection.items)].sort().join(',')}`;
}

/** Stable key of one merged document within a checklist, for remembering its ticked box. */
export function checklistItemKey(selection: Pick<Selection, 'city' | 'items'>, document: { key: string } | string): string {
  return `${checklistKey(selection)}#${typeof document === 'string' ? document : document.key}`;
}
