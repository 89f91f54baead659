import { summarizeBeforeYouGo, type BeforeYouGo } from '@/lib/guide';
import type { CityContent } from '@/lib/content/validate';
import { checklistLines } from './ticks';
import type { Checklist } from './types';

/**
 * "Before you go" for a checklist (#17): the service page's summary made from the merged list, so a
 * document two services share counts once and the answers already given decide what is needed.
 */
export function checklistBeforeYouGo(city: Pick<CityContent, 'prohibited' | 'hotlines'>, checklist: Checklist): BeforeYouGo {
  const documents = checklistLines(checklist).map((l) => l.document);
  return summarizeBeforeYouGo(city, {
    views: checklist.items,
    documents,
    channels: checklist.channels.map((m) => m.channel),
    later: documents.filter((d) => d.tolerated),
    cases: checklist.items.filter((v) => v.awaitingCase).reduce((n, v) => n + v.cases.length, 0),
  });
}
