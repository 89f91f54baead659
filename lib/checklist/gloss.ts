// The checklist's reading order, for "English (中文)" on each window term's first use (lib/guide/gloss):
// the questions, the documents group by group, each item's notes, the ways to apply, the time limits,
// the tips and the phones. Runs in the browser with the window terms the page passes down.
import { channelTexts, documentTexts } from '@/lib/guide/gloss';
import type { Checklist } from './types';

export function checklistPageOrder(checklist: Checklist): unknown[] {
  return [
    checklist.questions.map((q) => (q.kind === 'scenario' ? q.options.map((o) => o.title) : q.question)),
    checklist.groups.map((g) => [g.conditionText, g.lines.map((l) => documentTexts(l.document))]),
    checklist.items.map((v) => v.documentNotes),
    checklist.channels.map((m) => channelTexts(m.channel)),
    checklist.items.map((v) => v.timeLimit?.source),
    checklist.items.map((v) => v.tips),
    checklist.phones.map((p) => p.labels),
  ];
}
