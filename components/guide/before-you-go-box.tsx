import { useTranslations } from 'next-intl';
import { bracketed, colon } from '@/lib/content/localize';
import type { BeforeYouGo } from '@/lib/guide';
import type { Locale } from '@/lib/i18n/routing';
import { Mixed } from '@/components/i18n/mixed';
import { PhoneLink } from '@/components/service/phone-link';

type Props = {
  /** The summary, from beforeYouGo (a service) or checklistBeforeYouGo (a checklist). */
  summary: BeforeYouGo;
  locale: Locale;
  /** The city's area code, for the phone link. */
  areaCode: string;
  /** Where the full list of documents is. */
  documentsHref: string;
  /** Where the 禁办 cases are. */
  refusedHref: string;
  /** Id of the heading, which labels the box. */
  headingId?: string;
};

/**
 * "Before you go": how many documents, where to go (or how to do it without going), what may follow
 * later (容缺), what makes the office refuse (禁办), and a number to ask first. Shared by the service
 * page and the checklist; every fact comes from the guide model, and where the guide is silent,
 * nothing shows.
 */
export function BeforeYouGoBox({ summary: s, locale, areaCode, documentsHref, refusedHref, headingId = 'before-you-go' }: Props) {
  const t = useTranslations('Before');
  const sep = locale === 'en' ? ', ' : '、';
  // Only the counts there are: "5 documents (2 photocopies)", never "0 originals".
  const forms = [
    s.documents.originals > 0 && t('originals', { originals: s.documents.originals }),
    s.documents.copies > 0 && t('copies', { copies: s.documents.copies }),
  ].filter((f): f is string => Boolean(f));
  return (
    <section aria-labelledby={headingId} data-before-you-go="" className="space-y-2 rounded-xl border-2 border-brand-600 p-4 print:border">
      <h2 id={headingId} className="text-2xl font-bold">
        {t('heading')}
      </h2>
      <ul className="space-y-2">
        <li>
          <a href={documentsHref} className="font-bold">
            {t('documents', { always: s.documents.always })}
            {forms.length > 0 && bracketed(forms.join(locale === 'en' ? ', ' : '，'), locale)}
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
            <a href={refusedHref} className="font-bold">
              <Mixed locale={locale}>{t('refused', { count: s.refused.length })}</Mixed>
            </a>
          </li>
        )}
        {s.phone && (
          <li>
            <span className="font-bold">{t('ask')}</span>{' '}
            <PhoneLink number={s.phone.number} label={s.phone.label} locale={locale} areaCode={areaCode} />
          </li>
        )}
      </ul>
    </section>
  );
}
