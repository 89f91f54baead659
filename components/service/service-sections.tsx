import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { toleratedDocuments } from '@/lib/content/localize';
import type { City, ServiceItem } from '@/lib/content/schema';
import { ChannelList } from './channel-list';
import { DocumentList } from './document-list';
import { plainTimeLimit } from './time-limit-text';

/** A titled section of a service page. */
export function Section({ id, title, children, className = '' }: { id: string; title: string; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={id} className={`space-y-3 ${className}`}>
      <h2 id={id} className="border-b-4 border-brand-600 pb-1 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** What to bring: common documents, then each case, as boxes to tick. */
export async function BringSection({ city, item, locale }: { city: City; item: ServiceItem; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Service' });
  const tolerated = toleratedDocuments(city, item.id);
  const empty = item.documents.length === 0 && item.scenarios.length === 0;
  return (
    <Section id="bring" title={t('bring')}>
      {empty ? (
        <p>{t('noDocuments')}</p>
      ) : (
        <p className="no-print text-base text-muted">{t('bringHelp')}</p>
      )}
      {item.documents.length > 0 && (
        <>
          {item.scenarios.length > 0 && <h3 className="text-xl font-bold">{t('common')}</h3>}
          <DocumentList city={city} documents={item.documents} tolerated={tolerated} locale={locale} idPrefix="doc" />
        </>
      )}
      {item.scenarios.length > 0 && item.documents.length > 0 && <p className="font-bold">{t('scenarioIntro')}</p>}
      {item.scenarios.map((s, i) => (
        <div key={s.id} className="space-y-2">
          <h3 className="text-xl font-bold">
            {s.title[locale]}
          </h3>
          {s.description && <p className="text-base">{s.description[locale]}</p>}
          {s.documents.length > 0 && <DocumentList city={city} documents={s.documents} tolerated={tolerated} locale={locale} idPrefix={`s${i}`} />}
        </div>
      ))}
      {item.documentNotes.length > 0 && (
        <details className="rounded-xl border-2 border-brand-100 p-3 print:hidden">
          <summary className="min-h-11 cursor-pointer font-bold">{t('documentNotes')}</summary>
          <ul className="list-disc space-y-1 pl-6 text-base">
            {item.documentNotes.map((n, i) => (
              <li key={i}>{n[locale]}</li>
            ))}
          </ul>
        </details>
      )}
    </Section>
  );
}

/** Where and how to apply. */
export async function WhereSection({ city, item, locale }: { city: City; item: ServiceItem; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Service' });
  return (
    <Section id="where" title={t('where')}>
      <ChannelList channels={item.channels} locale={locale} city={city.id} />
    </Section>
  );
}

/** How long it takes, in plain words with the source wording. */
export async function HowLongSection({ item, locale }: { item: ServiceItem; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Service' });
  const tl = await getTranslations({ locale, namespace: 'TimeLimit' });
  return (
    <Section id="how-long" title={t('howLong')}>
      <p className="text-2xl font-bold">{await plainTimeLimit(item.timeLimit, locale)}</p>
      {item.timeLimit && <p className="text-base text-muted">{tl('source', { text: item.timeLimit.source[locale] })}</p>}
      {item.timeLimit?.note && <p className="text-base">{item.timeLimit.note[locale]}</p>}
    </Section>
  );
}
