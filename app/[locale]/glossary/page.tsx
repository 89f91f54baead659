import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { GLOSSARY_TOPICS } from '@/content/glossary/schema';
import { getGlossary } from '@/lib/glossary';
import { entryPinyin } from '@/lib/glossary/pinyin';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/site';
import { Mixed } from '@/components/i18n/mixed';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  return pageMetadata(locale, '/glossary', t('title'), t('description'));
}

/** The window terms of the glossary: Chinese in large type, pinyin, English and, on English pages, what they mean. */
export default async function GlossaryPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Glossary');
  const terms = getGlossary().filter((e) => e.window);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">
        <Mixed locale={locale}>{t('title')}</Mixed>
      </h1>
      <p>
        <Mixed locale={locale}>{t('intro')}</Mixed> <span className="text-muted">{t('count', { count: terms.length })}</span>
      </p>
      {GLOSSARY_TOPICS.map((topic) => (
        <section key={topic} aria-labelledby={`topic-${topic}`} className="space-y-3">
          <h2 id={`topic-${topic}`} className="border-b-4 border-brand-600 pb-1 text-2xl font-bold">
            {t(`topics.${topic}`)}
          </h2>
          <dl className="space-y-3">
            {terms
              .filter((e) => e.topic === topic)
              .map((e) => (
                <div key={e.zh[0]} data-term={e.zh[0]} className="rounded-xl border-2 border-brand-100 p-3">
                  <dt lang="zh-CN" className="text-2xl font-bold">
                    {e.zh[0]}
                    {e.zh.length > 1 && <span className="ml-2 text-lg font-normal text-muted">{e.zh.slice(1).join(' · ')}</span>}
                  </dt>
                  <dd lang="zh-Latn-pinyin" className="text-lg text-brand-800">
                    <span className="sr-only" lang={locale === 'zh' ? 'zh-CN' : 'en'}>
                      {t('pinyin')}:{' '}
                    </span>
                    {entryPinyin(e)}
                  </dd>
                  <dd lang="en" className="font-bold">
                    <span className="sr-only" lang={locale === 'zh' ? 'zh-CN' : 'en'}>
                      {t('english')}:{' '}
                    </span>
                    <Mixed locale="en">{e.en[0].toUpperCase() + e.en.slice(1)}</Mixed>
                  </dd>
                  {locale === 'en' && e.explain && (
                    <dd className="text-base">
                      <Mixed locale="en">{e.explain}</Mixed>
                    </dd>
                  )}
                </div>
              ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
