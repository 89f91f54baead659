import { Link } from '@/components/i18n/link';
import type { Locale } from '@/lib/i18n/routing';
import type { CityContent } from '@/lib/content/load';

/** Links to the service items with these ids, by number and title. */
export function ItemLinks({ city, ids, locale }: { city: CityContent; ids: string[]; locale: Locale }) {
  const items = city.items.filter((i) => ids.includes(i.id));
  if (items.length === 0) return null;
  return (
    <ul className="space-y-1">
      {items.map((item) => (
        <li key={item.id}>
          <Link href={`/${city.id}/${item.id}`} className="inline-flex min-h-11 items-center">
            {item.number}. {item.title[locale]}
          </Link>
        </li>
      ))}
    </ul>
  );
}
