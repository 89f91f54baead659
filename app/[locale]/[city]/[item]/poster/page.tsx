import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ChannelEntry } from '@/components/guide/channel-entry';
import { GuideDocuments } from '@/components/guide/guide-documents';
import { PageQr } from '@/components/qr/page-qr';
import { PrintedEdition } from '@/components/edition/edition-line';
import { PreviewMark } from '@/components/qr/preview-mark';
import { PrintButton } from '@/components/service/print-button';
import { DocumentNotes } from '@/components/service/service-sections';
import { plainTimeLimit } from '@/components/service/time-limit-text';
import { shortPath } from '@/lib/content/localize';
import { allItemParams, cityOr404, type CityParams } from '@/app/_lib/params';
import { planPosterSheets, resolveGuide } from '@/lib/guide';
import { pageMetadata } from '@/lib/site';
import { Mixed } from '@/components/i18n/mixed';

type Props = { params: Promise<CityParams & { item: string }> };
export const dynamicParams = false;

export const generateStaticParams = allItemParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city: cityId, item: itemId } = await params;
  const city = cityOr404(cityId);
  const item = city.items.find((i) => i.id === itemId);
  if (!item) return {};
  const t = await getTranslations({ locale, namespace: 'Staff' });
  const vars = { title: item.title[locale], city: city.name[locale] };
  return pageMetadata(locale, `/${city.id}/${item.id}/poster`, t('posterTitle', vars), t('posterDescription', vars));
}

/**
 * A4 posters for a service hall, rendered from the guide model: one sheet per case (the common documents
 * repeated on each), so no sheet flattens cases together; a case too long for one A4 page at 12 pt
 * continues on further sheets (planPosterSheets).
 */
export default async function PosterPage({ params }: Props) {
  const { locale, city: cityId, item: itemId } = await params;
  setRequestLocale(locale);
  const city = cityOr404(cityId);
  const item = city.items.find((i) => i.id === itemId);
  if (!item) notFound();
  const t = await getTranslations('Service');
  const staff = await getTranslations('Staff');
  const tl = await getTranslations('TimeLimit');
  const view = resolveGuide(city, item);
  const path = shortPath(city, item.number);
  const sheets = planPosterSheets(view, locale);
  const timeLimit = await plainTimeLimit(view.timeLimit, locale);
  return (
    <div className="mx-auto max-w-3xl space-y-10 print:max-w-none print:space-y-0">
      <div className="no-print">
        <PrintButton label={staff('printThis')} hint={staff('posterSheets', { count: sheets.length })} />
      </div>
      {sheets.map((sheet, n) => (
        <article
          key={n}
          data-poster-sheet={n}
          data-poster-case={sheet.caseItem?.id ?? ''}
          className="poster-sheet space-y-4 print:space-y-2"
        >
          <PreviewMark />
          <header className="flex items-start gap-4">
            <div className="min-w-0 flex-1 space-y-2">
              <p className="text-xl font-bold text-brand-800">
                <Mixed locale={locale}>{city.office[locale]}</Mixed> · {t('number', { number: item.number })}
                {sheets.length > 1 && <span className="font-normal"> · {staff('sheetOf', { n: n + 1, total: sheets.length })}</span>}
              </p>
              {/* One h1 per page: later sheets repeat the title for paper, not as another heading. */}
              {n === 0 ? (
                <h1 className="text-4xl font-bold leading-tight">
                  <Mixed locale={locale}>{item.title[locale]}</Mixed>
                </h1>
              ) : (
                <p className="poster-title text-4xl font-bold leading-tight">
                  <Mixed locale={locale}>{item.title[locale]}</Mixed>
                </p>
              )}
              <p className="text-xl font-bold">{staff('scanMe')}</p>
              <PrintedEdition city={city} locale={locale} className="text-base" />
            </div>
            <PageQr
              path={path}
              label={item.title[locale]}
              size="aspect-square w-32 max-w-full print:w-[26mm]"
              edition={city.edition.checked}
            />
          </header>
          {sheet.groups.length > 0 && (
            <section className="space-y-2">
              <h2 className="text-2xl font-bold">
                <Mixed locale={locale}>{t('bring')}</Mixed>
              </h2>
              <GuideDocuments
                view={view}
                locale={locale}
                cases={sheet.caseItem ? [sheet.caseItem] : []}
                groups={sheet.groups}
                caseTitleClass="text-2xl font-bold text-brand-800"
              />
            </section>
          )}
          {sheet.rest && (
            <>
              <DocumentNotes view={view} locale={locale} />
              <section className="space-y-2">
                <h2 className="text-2xl font-bold">
                  <Mixed locale={locale}>{t('where')}</Mixed>
                </h2>
                {view.channels.length === 0 && (
                  <p>
                    <Mixed locale={locale}>{t('noChannels')}</Mixed>
                  </p>
                )}
                <ul className="poster-channels grid gap-2 sm:grid-cols-2">
                  {view.channels.map((c, i) => (
                    <ChannelEntry key={i} channel={c} locale={locale} />
                  ))}
                </ul>
              </section>
            </>
          )}
          {(sheet.rest || (sheet.tips && view.tips.length > 0)) && (
            <div className={`${sheet.rest && sheet.tips && view.tips.length > 0 ? 'poster-last' : ''} space-y-4 print:space-y-0`}>
              {sheet.rest && (
                <section>
                  <h2 className="text-2xl font-bold">
                    <Mixed locale={locale}>{t('howLong')}</Mixed>
                  </h2>
                  <p className="text-2xl font-bold">{timeLimit}</p>
                  {view.timeLimit && (
                    <p className="text-base text-muted">
                      <Mixed locale={locale}>{tl('source', { text: view.timeLimit.source[locale] })}</Mixed>
                    </p>
                  )}
                </section>
              )}
              {sheet.tips && view.tips.length > 0 && (
                <section data-guide-tips="">
                  <h2 className="text-xl font-bold">
                    <Mixed locale={locale}>{t('tips')}</Mixed>
                  </h2>
                  <ul className="list-disc pl-6 text-base">
                    {view.tips.map((tip, i) => (
                      <li key={i}>
                        <Mixed locale={locale}>{tip[locale]}</Mixed>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
            </div>
          )}
        </article>
      ))}
    </div>
  );
}
