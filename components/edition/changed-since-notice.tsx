import { ClientMessages } from '@/components/layout/client-messages';
import type { CityContent } from '@/lib/content/load';
import { editionView } from '@/lib/guide';
import type { Locale } from '@/lib/i18n/routing';
import { ChangedSince } from './changed-since';

/**
 * Where a printout's QR code leads: the city's changes after first publication that readers of the page's
 * language can see, in that language only, for the notice of those made since the printout's edition (`?ed=`).
 */
export function ChangedSinceNotice({ city, locale, item }: { city: CityContent; locale: Locale; item?: string }) {
  const edition = editionView(city, locale);
  if (edition.changes.length === 0) return null;
  const changes = edition.changes.map((c) => ({
    date: c.date,
    summary: c.summary[locale],
    items: c.items.map((i) => ({ id: i.id, number: i.number, title: i.title[locale] })),
  }));
  return (
    <ClientMessages namespaces={['Edition']}>
      <ChangedSince
        edition={{ checked: edition.checked, published: { date: edition.published.date }, changes }}
        city={city.id}
        item={item}
        locale={locale}
      />
    </ClientMessages>
  );
}
