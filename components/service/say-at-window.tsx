import { getTranslations } from 'next-intl/server';
import type { DocumentToBring, GuideView } from '@/lib/guide';
import type { Locale } from '@/lib/i18n/routing';
import { pinyinOf } from '@/lib/glossary/pinyin';
import { Link } from '@/components/i18n/link';

/** One document in the guide's Chinese: wording, marks, and the condition it depends on. */
function chinese(d: DocumentToBring): string {
  const marks = d.marks.map((m) => m.zh).join('，');
  return `${d.wording.zh}${marks ? `（${marks}）` : ''}${d.conditionText ? `——${d.conditionText.zh}` : ''}`;
}

/**
 * On English pages: the service's Chinese name and its documents in the guide's Chinese, large enough to
 * show a clerk who reads no English. Built from the same model as the list above it, never from new text.
 */
export async function SayAtWindow({ view, locale }: { view: GuideView; locale: Locale }) {
  if (locale === 'zh') return null;
  const t = await getTranslations({ locale, namespace: 'Window' });
  const zh = await getTranslations({ locale: 'zh', namespace: 'Window' });
  const groups = [
    { title: undefined, documents: view.common },
    ...view.cases.map((c) => ({ title: c.title.zh, documents: c.documents })),
  ].filter((g) => g.documents.length);
  return (
    <section aria-labelledby="say-at-window" className="space-y-2 print:break-inside-avoid">
      <h2 id="say-at-window" className="text-2xl font-bold">
        {t('heading')}
      </h2>
      <p className="text-base">{t('intro')}</p>
      <div lang="zh-CN" className="space-y-3 rounded-xl border-2 border-brand-600 bg-brand-50 p-4 text-2xl leading-relaxed">
        <p className="font-bold">{zh('want', { title: view.title.zh })}</p>
        {groups.length > 0 && <p>{zh('documents')}</p>}
        {groups.map((g, i) => (
          <div key={i}>
            {g.title && <p className="font-bold">{g.title}</p>}
            <ul className="list-disc space-y-1 pl-8">
              {g.documents.map((d) => (
                <li key={d.key}>{chinese(d)}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <p className="text-base">
        {t('pinyin')}{' '}
        <span lang="zh-Latn-pinyin" className="text-lg font-bold">
          {pinyinOf(view.title.zh)}
        </span>
      </p>
      <p className="no-print">
        <Link href="/glossary" className="inline-flex min-h-11 items-center font-bold">
          {t('glossary')}
        </Link>
      </p>
    </section>
  );
}
