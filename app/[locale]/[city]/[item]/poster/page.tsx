import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageQr } from '@/components/qr/page-qr';
import { PrintButton } from '@/components/service/print-button';
import { plainTimeLimit } from '@/components/service/time-limit-text';
import { shortPath } from '@/lib/content/localize';
import { allItemParams, cityOr404, type CityParams } from '@/lib/content/params';
import { pageMetadata } from '@/lib/site';

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

/** An A4 poster for a service hall: title, what to bring, where, how long and a large QR code. */
export default async function PosterPage({ params }: Props) {
  const { locale, city: cityId, item: itemId } = await params;
  setRequestLocale(locale);
  const city = cityOr404(cityId);
  const item = city.items.find((i) => i.id === itemId);
  if (!item) notFound();
  const t = await getTranslations('Service');
  const staff = await getTranslations('Staff');
  const docs = [...item.documents, ...item.scenarios.flatMap((s) => s.documents)];
  const names = [...new Map(docs.map((d) => [d.doc + (d.text?.zh ?? ''), (d.text ?? city.documents[d.doc].name)[locale]])).values()];
  const path = shortPath(city, item.number);
  return (
    <article className="mx-auto max-w-3xl space-y-5 print:max-w-none print:space-y-3">
      <div className="no-print"><PrintButton label={staff('printThis')} hint={staff('posterTitle', { title: item.title[locale], city: city.name[locale] })} /></div>
      <p className="text-xl font-bold text-brand-800">{city.office[locale]} · {t('number', { number: item.number })}</p>
      <h1 className="text-5xl font-bold leading-tight print:text-6xl">{item.title[locale]}</h1>
      <section aria-labelledby="poster-bring">
        <h2 id="poster-bring" className="text-2xl font-bold print:text-3xl">{t('bring')}</h2>
        <ul className="columns-1 text-xl sm:columns-2 print:columns-2 print:text-2xl">
          {names.map((n) => <li key={n} className="break-inside-avoid">☐ {n}</li>)}
        </ul>
      </section>
      <section aria-labelledby="poster-where">
        <h2 id="poster-where" className="text-2xl font-bold print:text-3xl">{t('where')}</h2>
        <ul className="text-xl print:text-2xl">
          {item.channels.map((c, i) => (
            <li key={i}>
              <span className="font-bold">{c.label?.[locale]}</span>{' '}
              {c.kind === 'window' || c.kind === 'agent' || c.kind === 'institution' ? c.place[locale] : c.kind === 'online' ? c.url : c.kind === 'mobile' ? c.name[locale] : c.kind === 'email' ? c.address : c.place?.[locale]}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="poster-time">
        <h2 id="poster-time" className="text-2xl font-bold print:text-3xl">{t('howLong')}</h2>
        <p className="text-3xl font-bold print:text-5xl">{await plainTimeLimit(item.timeLimit, locale)}</p>
      </section>
      <div className="flex flex-wrap items-center gap-6 border-t-4 border-brand-600 pt-4">
        <PageQr path={path} label={item.title[locale]} size="aspect-square w-56 max-w-full print:w-[60mm]" />
        <p className="min-w-0 flex-1 text-2xl font-bold print:text-4xl">{staff('scanMe')}</p>
      </div>
    </article>
  );
}
