'use client';

import { usePathname } from 'next/navigation';
// Imported from href, not navigation: this header component must not pull next-intl into every page.
import { localeHref } from '@/lib/i18n/href';
import { htmlLang, type Locale } from '@/lib/i18n/routing';

/** Links to the same page in the other language; on a phone it shows the short name ("EN", "中文"). */
export function LanguageSwitch({ target, label, name, short }: { target: Locale; label: string; name: string; short: string }) {
  // The path without its locale segment: /zh/<city> → /<city>.
  const rest = (usePathname() ?? '/').replace(/^\/(zh|en)(?=\/|$)/, '') || '/';
  return (
    <a
      href={localeHref(rest, target)}
      hrefLang={htmlLang[target]}
      lang={htmlLang[target]}
      aria-label={`${label}: ${name}`}
      className="inline-flex min-h-10 min-w-10 items-center justify-center rounded-lg border-2 border-white px-2 font-bold text-white no-underline hover:bg-brand-800 md:px-3"
    >
      <span className="md:hidden">{short}</span>
      <span className="max-md:hidden">{name}</span>
    </a>
  );
}
