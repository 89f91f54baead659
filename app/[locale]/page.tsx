import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/site';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Site' });
  return { ...pageMetadata(locale, '/', t('name'), t('description')), title: { absolute: t('name') } };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Home');
  const cities = await getTranslations('Cities');
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-lg">{t('intro')}</p>
      <section aria-labelledby="choose-city">
        <h2 id="choose-city" className="mb-3 text-2xl font-bold">
          {t('chooseCity')}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {(['kaiyuan', 'shenyang'] as const).map((id) => (
            <li key={id}>
              <Link href={`/${id}`} className="block rounded-xl border-2 border-brand-600 p-4 text-2xl font-bold no-underline hover:bg-brand-50">
                {cities(id)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
