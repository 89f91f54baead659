// "Before you go" (#17): the few facts a resident checks before leaving home, taken from the guide
// view and the city's lists, never new text. Where the source is silent (office hours), nothing.
import type { CityContent } from '@/lib/content/validate';
import type { BeforeYouGo, ChannelView, DocumentToBring, GuideView } from './types';

const IN_PERSON = new Set(['window', 'kiosk', 'agent', 'institution']);
const REMOTE = new Set(['online', 'mobile', 'email']);

type CityLists = Pick<CityContent, 'prohibited' | 'hotlines'>;

/** What the summary is made of: for one item its view, for a checklist the merged list. */
export interface BeforeYouGoParts {
  /** The items' views (for the 禁办 entries and the phone). */
  views: GuideView[];
  /** The documents as listed, each once; those the answers rule out are left out of the counts. */
  documents: DocumentToBring[];
  /** Ways to apply, each once. */
  channels: ChannelView[];
  /** Documents that may follow later (容缺). */
  later: DocumentToBring[];
  /** How many cases still wait to be chosen, each with documents of its own. */
  cases: number;
}

/** The summary of any set of documents and channels: the one place its counts and lists are made. */
export function summarizeBeforeYouGo(city: CityLists, parts: BeforeYouGoParts): BeforeYouGo {
  const listed = parts.documents.filter((d) => d.status !== 'notNeeded');
  const always = listed.filter((d) => !d.optional && d.status === 'needed');
  const refused = new Map<string, BeforeYouGo['refused'][number]>();
  for (const view of parts.views)
    for (const list of city.prohibited)
      for (const e of list.entries)
        if (e.items.includes(view.id) && !refused.has(e.matter.zh)) refused.set(e.matter.zh, { matter: e.matter, cases: e.cases });
  return {
    documents: {
      always: always.length,
      originals: always.filter((d) => d.form === 'original' || d.form === 'originalAndCopy').length,
      copies: always.filter((d) => d.form === 'copy' || d.form === 'originalAndCopy').length,
      depending: listed.filter((d) => !d.optional && d.status === 'depends').length,
      optional: listed.filter((d) => d.optional).length,
      cases: parts.cases,
    },
    inPerson: parts.channels.filter((c) => IN_PERSON.has(c.kind)),
    remote: parts.channels.filter((c) => REMOTE.has(c.kind)),
    later: parts.later,
    refused: [...refused.values()],
    phone: parts.views.find((v) => v.phones.length > 0)?.phones[0] ?? city.hotlines[0],
  };
}

/** "Before you go" for one item, as its service page shows it (no answers: conditions depend). */
export function beforeYouGo(city: CityLists, view: GuideView): BeforeYouGo {
  return summarizeBeforeYouGo(city, {
    views: [view],
    documents: view.awaitingCase ? view.common : view.documents,
    channels: view.channels,
    // Until a case is chosen, any case's 容缺 document may be the resident's.
    later: [...view.common, ...view.cases.flatMap((c) => c.documents)].filter((d) => d.tolerated),
    cases: view.awaitingCase ? view.cases.length : 0,
  });
}
