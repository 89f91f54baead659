import type { Locale } from '@/lib/i18n/routing';
import type { Audience, Channel, City, ServiceItem } from '@/content/schema';

/** Who-is-applying groups used by the catalog filter. */
export type AudienceGroup = 'individual' | 'employer' | 'provider';

const GROUP_OF: Record<Audience, AudienceGroup> = {
  resident: 'individual',
  employee: 'individual',
  flexibleWorker: 'individual',
  retiree: 'individual',
  assistanceRecipient: 'individual',
  employer: 'employer',
  medicalInstitution: 'provider',
  pharmacy: 'provider',
};

/** The filter groups an item belongs to. */
export function audienceGroups(item: ServiceItem): AudienceGroup[] {
  return [...new Set(item.audience.map((a) => GROUP_OF[a]))];
}

/** Channel kinds of an item, once each, in source order. */
export function channelKinds(item: ServiceItem): Channel['kind'][] {
  return [...new Set(item.channels.map((c) => c.kind))];
}

/** True when the item can be done without going to a window (website, app or email). */
export function canApplyRemotely(item: ServiceItem): boolean {
  return item.channels.some((c) => c.kind === 'online' || c.kind === 'mobile' || c.kind === 'email');
}

/** True when at least one case is done on the spot. */
export function isDoneOnTheSpot(item: ServiceItem): boolean {
  return item.timeLimit?.cases.some((c) => c.limit.kind === 'immediate') ?? false;
}

/** The short path staff read out, e.g. "/ky/15" or "/sy/3.1". */
export function shortPath(city: Pick<City, 'short'>, number: string): string {
  return `/${city.short}/${number}`;
}

/** 违规禁办 entries linked to an item. */
export function prohibitedFor(city: City, itemId: string) {
  return city.prohibited.flatMap((list) => list.entries.filter((e) => e.items.includes(itemId)).map((entry) => ({ list, entry })));
}

/** A map search for an address, opened in the resident's map app or browser. */
export function mapSearchUrl(address: string, cityName: string): string {
  return `https://uri.amap.com/search?keyword=${encodeURIComponent(address)}&city=${encodeURIComponent(cityName)}&src=yibao-guide`;
}

/** The colon that follows a label: full-width in Chinese, ": " in English. */
export function colon(locale: Locale): string {
  return locale === 'en' ? ': ' : '：';
}

/** An aside after a text: " (…)" in English, "（…）" in Chinese. */
export function bracketed(text: string, locale: Locale): string {
  return locale === 'en' ? ` (${text})` : `（${text}）`;
}

/** How the official list counts: numbered services (3.1–3.4 are one), how many are split, and pages. */
export function officialCounts(city: { items: Pick<ServiceItem, 'number'>[] }) {
  const mains = new Set(city.items.map((i) => i.number.split('.')[0]));
  const split = new Set(city.items.filter((i) => i.number.includes('.')).map((i) => i.number.split('.')[0]));
  return { count: mains.size, groups: split.size, pages: city.items.length };
}

/** Up to this many cities are named on every page (header, footer, description); beyond it, none, so a page's weight does not grow with them. */
export const INLINE_CITIES = 4;

/** The offices whose guides the site follows, in words: each named while they are few, else in general. */
export function officesInWords(cities: Pick<City, 'office'>[], locale: Locale): string {
  if (cities.length > INLINE_CITIES) return locale === 'en' ? 'each city’s medical security office' : '各城市医疗保障部门';
  return locale === 'en' ? cities.map((c) => `the ${c.office.en}`).join(' and ') : cities.map((c) => c.office.zh).join('、');
}
