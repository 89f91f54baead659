import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import type { City } from '@/content/schema';
import type { GuideView } from '@/lib/guide';
import { ChannelEntry } from '@/components/guide/channel-entry';
import { GuideDocuments } from '@/components/guide/guide-documents';
import { Link } from '@/components/i18n/link';
import { plainTimeLimit } from './time-limit-text';
import { Mixed } from '@/components/i18n/mixed';
import { ExpectedDate } from './expected-date';
import calendar from '@/content/calendar';
import { ClientMessages } from '@/components/layout/client-messages';

/** A titled section of a service page. */
export function Section({
  id,
  title,
  locale,
  children,
  className = '',
}: {
  id: string;
  title: string;
  locale: Locale;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={id} className={`space-y-3 ${className}`}>
      <h2 id={id} className="border-b-4 border-brand-600 pb-1 text-2xl font-bold">
        <Mixed locale={locale}>{title}</Mixed>
      </h2>
      {children}
    </section>
  );
}

/** What to bring: the common documents and every case, grouped by condition, as boxes to tick; then the item's notes. */
export async function BringSection({ view, locale }: { view: GuideView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Service' });
  const empty = view.common.length === 0 && view.cases.length === 0;
  return (
    <Section locale={locale} id="bring" title={t('bring')}>
      {empty ? (
        <p>
          <Mixed locale={locale}>{t('noDocuments')}</Mixed>
        </p>
      ) : (
        <p className="no-print text-base text-muted">
          <Mixed locale={locale}>{t('bringHelp')}</Mixed>
        </p>
      )}
      {!empty && <GuideDocuments view={view} locale={locale} ticks />}
      <DocumentNotes view={view} locale={locale} />
    </Section>
  );
}

/** The item's own notes on filling in forms and handing in documents, shown wherever documents are. */
export async function DocumentNotes({ view, locale }: { view: GuideView; locale: Locale }) {
  if (view.documentNotes.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Service' });
  return (
    <div data-guide-notes="" className="rounded-xl border-2 border-brand-100 p-3 print:border print:p-2">
      <p className="font-bold">
        <Mixed locale={locale}>{t('documentNotes')}</Mixed>
      </p>
      <ul className="list-disc space-y-1 pl-6 text-base">
        {view.documentNotes.map((n, i) => (
          <li key={i}>
            <Mixed locale={locale}>{n[locale]}</Mixed>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Where and how to apply: every channel the guide gives, of every kind. */
export async function WhereSection({ city, view, locale }: { city: City; view: GuideView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Service' });
  const ch = await getTranslations({ locale, namespace: 'Channel' });
  return (
    <Section locale={locale} id="where" title={t('where')}>
      {view.channels.length === 0 && (
        <p>
          <Mixed locale={locale}>{t('noChannels')}</Mixed>
        </p>
      )}
      <ul className="space-y-3">
        {view.channels.map((c, i) => (
          <ChannelEntry key={i} channel={c} locale={locale}>
            {c.office && (
              <p className="no-print text-base">
                <Link href={`/${city.id}/offices`} className="inline-flex min-h-11 items-center">
                  <Mixed locale={locale}>{ch('officeDetails')}</Mixed>
                </Link>
              </p>
            )}
          </ChannelEntry>
        ))}
      </ul>
    </Section>
  );
}

/** How long it takes, in plain words with the source wording. */
export async function HowLongSection({ view, locale }: { view: GuideView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Service' });
  const tl = await getTranslations({ locale, namespace: 'TimeLimit' });
  return (
    <Section locale={locale} id="how-long" title={t('howLong')}>
      <p className="text-2xl leading-normal font-bold">{await plainTimeLimit(view.timeLimit, locale)}</p>
      {view.timeLimit && (
        <ClientMessages namespaces={['TimeLimit']}>
          <ExpectedDate
            cases={view.timeLimit.cases.map((c) => ({ label: c.label?.[locale], limit: c.limit }))}
            calendar={{
              holidays: calendar.holidays.map((d) => d.date),
              workdays: calendar.workdays.map((d) => d.date),
              validUntil: calendar.validUntil,
            }}
            locale={locale}
          />
        </ClientMessages>
      )}
      {view.timeLimit && (
        <p className="text-base text-muted">
          <Mixed locale={locale}>{tl('source', { text: view.timeLimit.source[locale] })}</Mixed>
        </p>
      )}
      {view.timeLimit?.note && (
        <p className="text-base">
          <Mixed locale={locale}>{view.timeLimit.note[locale]}</Mixed>
        </p>
      )}
    </Section>
  );
}

/** 温馨提示: printed with the page, since a tip can decide the outcome (e.g. a 90-day window). */
export async function TipsSection({ view, locale }: { view: GuideView; locale: Locale }) {
  if (view.tips.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Service' });
  return (
    <Section locale={locale} id="tips" title={t('tips')}>
      <ul data-guide-tips="" className="list-disc space-y-2 pl-6">
        {view.tips.map((tip, i) => (
          <li key={i}>
            <Mixed locale={locale}>{tip[locale]}</Mixed>
          </li>
        ))}
      </ul>
    </Section>
  );
}
