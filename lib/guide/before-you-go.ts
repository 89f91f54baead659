// "Before you go" (#17): the few facts a resident checks before leaving home, taken from the guide
// view and the city's lists, never new text. Where the source is silent (office hours), nothing.
import type { CityContent } from '@/lib/content/validate';
import type { BeforeYouGo, GuideView } from './types';

const IN_PERSON = new Set(['window', 'kiosk', 'agent', 'institution']);
const REMOTE = new Set(['online', 'mobile', 'email']);

export function beforeYouGo(city: Pick<CityContent, 'prohibited' | 'hotlines'>, view: GuideView): BeforeYouGo {
  const docs = view.awaitingCase ? view.common : view.documents;
  const always = docs.filter((d) => !d.optional && !d.condition);
  return {
    documents: {
      always: always.length,
      originals: always.filter((d) => d.form === 'original' || d.form === 'originalAndCopy').length,
      copies: always.filter((d) => d.form === 'copy' || d.form === 'originalAndCopy').length,
      depending: docs.filter((d) => !d.optional && d.condition).length,
      optional: docs.filter((d) => d.optional).length,
      cases: view.awaitingCase ? view.cases.length : 0,
    },
    inPerson: view.channels.filter((c) => IN_PERSON.has(c.kind)),
    remote: view.channels.filter((c) => REMOTE.has(c.kind)),
    later: [...view.common, ...view.cases.flatMap((c) => c.documents)].filter((d) => d.tolerated),
    refused: city.prohibited.flatMap((list) =>
      list.entries.filter((e) => e.items.includes(view.id)).map((e) => ({ matter: e.matter, cases: e.cases })),
    ),
    phone: view.phones[0] ?? city.hotlines[0],
  };
}
