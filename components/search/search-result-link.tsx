import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/components/i18n/link';
import type { SearchResult } from '@/lib/search';
import { Highlighted } from './highlighted';
import { bracketed } from '@/lib/content/localize';
import type { Locale } from '@/lib/i18n/routing';

/** One result: city and number, the title with the matched part marked, and a matched snippet. */
export function SearchResultLink({ result: r, cityName }: { result: SearchResult; cityName: string }) {
  const t = useTranslations('Search');
  const heard = bracketed(t('heard'), useLocale() as Locale);
  return (
    <Link href={`/${r.city}/${r.id}`} className="block rounded-xl border-2 border-brand-100 p-3 no-underline hover:border-brand-600">
      <span className="mr-2 inline-block rounded bg-brand-700 px-2 font-bold text-white">
        {cityName} · {t('number', { number: r.number })}
      </span>
      <span className="text-lg font-bold underline">
        <Highlighted text={r.title} ranges={r.titleHighlights} />
      </span>
      {r.matchedBy === 'sound' && <span className="text-base text-muted">{heard}</span>}
      {r.snippet && (
        <span className="mt-1 block text-base text-ink">
          <Highlighted text={r.snippet.text} ranges={r.snippet.highlights} />
        </span>
      )}
    </Link>
  );
}
