import { getTranslations } from 'next-intl/server';
import { colon } from '@/lib/content/localize';
import type { CityContent } from '@/lib/content/validate';
import { beforeYouGo, type GuideView } from '@/lib/guide';
import type { Locale } from '@/lib/i18n/routing';
import { Mixed } from '@/components/i18n/mixed';
import { PhoneLink } from './phone-link';

/**
 * At the top of a service page: how many documents, where to go (or how to do it without going), what
 * may follow later (容缺), what makes the office refuse (禁办), and a number to ask first. Every fact
 * comes from the guide model (lib/guide/before-you-go.ts); where the guide is silent, nothing shows.
 */
export async function BeforeYouGo({ city, view, locale }: { city: CityContent; view: GuideView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Before' });
  const s = beforeYouGo(city, view);
  const sep = locale === 'en' ? ', ' : '、';
  // Only the counts there are: "5 documents (2 photocopies)", never "0 originals".
  const forms = [
    s.documents.originals > 0 && t('originals', { originals: s.documents.originals }),
    s.documents.copies > 0 && t('copies', { copies: s.documents.copies }),
  ].filter((f): f is string => Boolean(f));
  return (
    <section
      aria-labelledby="before-you-go"
      data-before-you-go=""
      className="space-y-2 rounded-xl border-2 border-brand-600 p-4 print:border"
    >
      <h2 id="before-you-go" className="text-2xl font-bold">
        {t('heading')}
      </h2>
      <ul className="space-y-2">
        <li>
          <a href="#bring" className="font-bold">
            {t('documents', { always: s.documents.always })}
            {forms.length > 0 && (locale === 'en' ? ` (${forms.join(', ')})` : `（${forms.join('，')}）`)}
          </a>
          {s.documents.depending > 0 && <> {t('depending', { depending: s.documents.depending })}</>}
          {s.documents.cases > 0 && <> {t('cases', { cases: s.documents.cases })}</>}
          {s.documents.optional > 0 && <> {t('optional', { optional: s.documents.optional })}</>}
        </li>
        {s.inPerson.length > 0 && (
          <li>
            <span className="font-bold">{t('where')}</span>{' '}
            {s.inPerson.map((c, i) => (
              <span key={i}>
                {i > 0 && sep}
                <Mixed locale={locale}>{c.title[locale]}</Mixed>
              </span>
            ))}
          </li>
        )}
        {s.remote.length > 0 && (
          <li>
            <span className="font-bold">{t('remote')}</span>{' '}
            <Mixed locale={locale}>
              {s.remote.map((c) => `${c.label[locale]}${colon(locale)}${c.title[locale]}`).join(locale === 'en' ? '; ' : '；')}
            </Mixed>
          </li>
        )}
        {s.later.length > 0 && (
          <li>
            <span className="font-bold">
              <Mixed locale={locale}>{t('later')}</Mixed>
            </span>{' '}
            <Mixed locale={locale}>{s.later.map((d) => d.wording[locale]).join(sep)}</Mixed>
          </li>
        )}
        {s.refused.length > 0 && (
          <li>
            <a href="#prohibited" className="font-bold">
              <Mixed locale={locale}>{t('refused', { count: s.refused.length })}</Mixed>
            </a>
          </li>
        )}
        {s.phone && (
          <li>
            <span className="font-bold">{t('ask')}</span>{' '}
            <PhoneLink number={s.phone.number} label={s.phone.label?.[locale]} areaCode={city.areaCode} />
          </li>
        )}
      </ul>
    </section>
  );
}
