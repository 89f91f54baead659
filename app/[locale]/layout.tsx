import type { Metadata } from 'next';
import { getCities } from '@/lib/content/load';
import { officesInWords } from '@/lib/content/localize';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PageFeedback } from '@/components/feedback/page-feedback';
import { ClientMessages } from '@/components/layout/client-messages';
import { SiteFooter } from '@/components/layout/site-footer';
import { OfflineSupport } from '@/components/layout/offline-support';
import { SiteHeader } from '@/components/layout/site-header';
import { TextSizeScript } from '@/components/layout/text-size-script';
import { htmlLang, routing } from '@/lib/i18n/routing';
import { SITE_URL } from '@/lib/site';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    metadataBase: new URL(SITE_URL),
    title: { template: `%s · ${t('name')}`, default: t('name') },
    description: t('description', { offices: officesInWords(getCities(), locale) }),
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const offline = await getTranslations({ locale, namespace: 'Offline' });
  return (
    <html lang={htmlLang[locale]}>
      <head>
        <TextSizeScript />
      </head>
      <body className="flex min-h-screen flex-col font-sans print:block print:min-h-0">
        <NextIntlClientProvider messages={null}>
          <SiteHeader locale={locale} />
          <OfflineSupport note={offline('note')} updated={offline('updated')} reload={offline('reload')} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 pt-2 pb-6 focus:outline-none md:pt-6 print:p-0">
            {children}
          </main>
          <ClientMessages namespaces={['Feedback']}>
            <PageFeedback />
          </ClientMessages>
          <SiteFooter locale={locale} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
