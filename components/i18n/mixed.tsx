import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { latinRuns, scriptRuns } from '@/lib/i18n/scripts';

/**
 * Text of a page in `locale`: on English pages every run of Chinese (an office name, a form, a term to
 * say at the window) is marked lang="zh-CN", so it is read and rendered as Chinese; on Chinese pages a
 * Latin name or address (APP, a web address) is marked lang="en", so it is not read as Chinese.
 */
export function Mixed({ children, locale }: { children: string | undefined | null; locale: Locale }): ReactNode {
  if (!children) return null;
  if (locale === 'zh') {
    const latin = latinRuns(children);
    if (latin.length === 1 && !latin[0].latin) return children;
    return latin.map((r, i) =>
      r.latin ? (
        <span key={i} lang="en">
          {r.text}
        </span>
      ) : (
        r.text
      ),
    );
  }
  const runs = scriptRuns(children);
  if (runs.length === 1 && !runs[0].zh) return children;
  return runs.map((r, i) =>
    r.zh ? (
      <span key={i} lang="zh-CN">
        {r.text}
      </span>
    ) : (
      r.text
    ),
  );
}
