// zod schemas of the search data a content editor extends (synonyms.ts, phrases.ts). The build
// parses both and, for intents, checks every item id against its city; an error names the entry.
import { z } from 'zod';

const term = z.string().trim().min(2, 'a term needs 2 characters or more, or it matches everything');
const cityId = z.string().regex(/^[a-z][a-z0-9]*$/, 'expected a city id such as "shenyang"');

/** Everyday words that mean an official term of the guides. */
export const SynonymEntrySchema = z.object({
  /** Everyday words, e.g. 生孩子, 医保卡, "baby", "lost card" (2+ characters; case does not matter). */
  terms: z.array(term).min(1),
  /** Terms as the guide prints them, e.g. 生育, 社会保障卡, "maternity". */
  official: z.array(z.string().trim().min(1)).min(1),
  /** Only for these cities (default: every city). */
  cities: z.array(cityId).optional(),
  /** Why the entry exists, for editors (not indexed). */
  note: z.string().optional(),
});
export type SynonymEntry = z.input<typeof SynonymEntrySchema>;

/**
 * An intent: when a query contains a term of every group (in any order, as typed or sounding the
 * same), the listed items of the city come first, in the order given.
 */
export const SearchIntentSchema = z.object({
  /** Groups of terms; each group needs one of its terms in the query, e.g. [['住院'], ['外地', '异地']] (one character only beside another group). */
  when: z.array(z.array(z.string().trim().min(1)).min(1)).min(1),
  /** Item ids per city id, best first; a city without an entry gets nothing from this intent. */
  items: z.record(cityId, z.array(z.string().min(1)).min(1)),
  /** What the resident means, for editors (not indexed). */
  note: z.string().optional(),
});

/** Question frames and intents: how residents ask, beyond single words. */
export const SearchPhrasesSchema = z.object({
  /** Question frames and fillers dropped from a query (我想, 怎么办, 能不能 …; English words too, e.g. "insurance"). */
  stopWords: z.array(z.string().trim().min(1)).min(1),
  /** Words that say little about which service is meant (登记, 申请, 备案): they count for less in a query. */
  lightWords: z.array(z.string().trim().min(1)),
  /** Things other offices serve (养老保险, 公积金, passport): a query asking for one says "nothing fits" instead of finding weak matches. */
  notServed: z.array(term),
  /** Intents, see SearchIntentSchema. */
  intents: z.array(SearchIntentSchema),
});
export type SearchPhrases = z.input<typeof SearchPhrasesSchema>;
