import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { colon, prohibitedFor } from '@/lib/content/localize';
import type { City, Erratum, ServiceItem } from '@/content/schema';
import { PhoneLink } from './phone-link';
import { Section } from './service-sections';
import { Mixed } from '@/components/i18n/mixed';

type Props = { city: City; item: ServiceItem; locale: Locale; errata: Erratum[] };

/** What the item is and for whom, phones, payment, legal basis, prohibited cases, source and errata. */
export async function ServiceDetails({ city, item, locale, errata }: Props) {
  const t = await getTranslations({ locale, namespace: 'Service' });
  const audience = await getTranslations({ locale, namespace: 'Audience' });
  const prohibited = prohibitedFor(city, item.id);
  return (
    <div className="space-y-8 print:hidden">
      <Section locale={locale} id="about" title={t('about')}>
        <p>
          <span className="font-bold">
            {t('forWhom')}
            {colon(locale)}
          </span>
          <Mixed locale={locale}>{item.audience.map((a) => audience(a)).join(locale === 'en' ? ', ' : '、')}</Mixed>
        </p>
        {item.description.map((p, i) => (
          <p key={i}>
            <Mixed locale={locale}>{p[locale]}</Mixed>
          </p>
        ))}
      </Section>
      {item.phones.length > 0 && (
        <Section locale={locale} id="phones" title={t('phones')}>
          <ul>
            {item.phones.map((p) => (
              <li key={p.number + (p.label?.zh ?? '')}>
                <PhoneLink number={p.number} label={p.label} locale={locale} areaCode={city.areaCode} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {item.payment.length > 0 && (
        <Section locale={locale} id="payment" title={t('payment')}>
          <ul className="space-y-2">
            {item.payment.map((p, i) => (
              <li key={i}>
                <span className="font-bold">
                  <Mixed locale={locale}>{p.name[locale]}</Mixed>
                </span>
                {colon(locale)}
                <Mixed locale={locale}>{p.ways.map((w) => w[locale]).join(locale === 'en' ? ', ' : '、')}</Mixed>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {item.legalRefs.length > 0 && (
        <Section locale={locale} id="legal" title={t('legal')}>
          <ul className="list-disc pl-6">
            {item.legalRefs.map((r, i) => (
              <li key={i}>
                <Mixed locale={locale}>{r[locale]}</Mixed>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {prohibited.length > 0 && (
        <Section locale={locale} id="prohibited" title={t('prohibited')}>
          {prohibited.map(({ entry }, i) => (
            <div key={i}>
              <p className="font-bold">
                <Mixed locale={locale}>{entry.matter[locale]}</Mixed>
              </p>
              <ul className="list-disc pl-6">
                {entry.cases.map((c, j) => (
                  <li key={j}>
                    <Mixed locale={locale}>{c[locale]}</Mixed>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </Section>
      )}
      <Section locale={locale} id="source" title={t('source')}>
        <p className="text-base">
          <Mixed locale={locale}>
            {t('sourceLine', { guide: `${city.office[locale]}《${city.guide.title.zh}》`, section: item.source.section })}
          </Mixed>
          {item.source.page && `，${t('sourcePage', { page: item.source.page })}`.replace('，', locale === 'en' ? ', ' : '，')}
        </p>
        {errata.length > 0 && (
          <div>
            <h3 className="font-bold">
              <Mixed locale={locale}>{t('errata')}</Mixed>
            </h3>
            <ul className="list-disc pl-6 text-base">
              {errata.map((e, i) => (
                <li key={i}>
                  <Mixed locale={locale}>{e.where[locale]}</Mixed>
                  {colon(locale)}
                  <Mixed locale={locale}>{t('erratumLine', { original: e.original, corrected: e.corrected })}</Mixed>{' '}
                  <Mixed locale={locale}>{e.note[locale]}</Mixed>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Section>
    </div>
  );
}
