import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { latinRuns, scriptRuns } from '@/lib/i18n/scripts';

/** Text with its other-script runs (`other`) inside spans of that language; plain text when there are none. */
function marked(runs: { text: string; other: boolean }[], lang: string, text: string): ReactNode {
  if (!runs.some((r) => r.other)) return text;
  return runs.map((r, i) =>
    r.other ? (
      <span key={i} lang={lang}>
        {r.text}
      </span>
    ) : (
      r.text
    ),
  );
}

/**
 * Text of a page in `locale`: on English pages every run of Chinese (an office name, a form, a term to
 * say at the window) is marked lang="zh-CN", so it is read and rendered as Chinese; on Chinese pages a
 * Latin name or address (APP, a web address) is marked lang="en", so it is not read as Chinese.
 */
export function Mixed({ children, locale }: { children: string | undefined | null; locale: Locale }): ReactNode {
  if (!children) return null;
  return locale === 'zh'
    ? marked(
        latinRuns(children).map((r) => ({ text: r.text, other: r.latin })),
        'en',
        children,
      )
    : marked(
        scriptRuns(children).map((r) => ({ text: r.text, other: r.zh })),
        'zh-CN',
        children,
      );
}
