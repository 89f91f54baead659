import { useTranslations } from 'next-intl';
import { Mixed } from '@/components/i18n/mixed';
import type { Locale } from '@/lib/i18n/routing';
import type { SearchGist } from '@/lib/search';

/** Where to go, how many documents and how long, as the guide model gives them (never new text). */
export function SearchGistView({ gist, locale }: { gist: SearchGist; locale: Locale }) {
  const before = useTranslations('Before');
  const t = useTranslations('Search');
  return (
    <ul className="space-y-1 text-base">
      <li>
        <span className="font-bold">{before('documents', { always: gist.always })}</span>
        {gist.depending > 0 && <> {before('depending', { depending: gist.depending })}</>}
        {gist.cases > 0 && <> {before('cases', { cases: gist.cases })}</>}
      </li>
      {gist.where && (
        <li>
          <span className="font-bold">{before('where')}</span> <Mixed locale={locale}>{gist.where}</Mixed>
        </li>
      )}
      {gist.remote && (
        <li>
          <span className="font-bold">{before('remote')}</span> <Mixed locale={locale}>{gist.remote}</Mixed>
        </li>
      )}
      {gist.time && (
        <li>
          <span className="font-bold">{t('time')}</span> <Mixed locale={locale}>{gist.time}</Mixed>
        </li>
      )}
    </ul>
  );
}
