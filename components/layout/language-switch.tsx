'use client';

import { Link, usePathname } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

/** Links to the same page in the other language. */
export function LanguageSwitch({ target, label, name }: { target: Locale; label: string; name: string }) {
  const pathname = usePathname();
  return (
    <Link
      href={pathname}
      locale={target}
      hrefLang={target === 'zh' ? 'zh-CN' : 'en'}
      lang={target === 'zh' ? 'zh-CN' : 'en'}
      aria-label={`${label}: ${name}`}
      className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg border-2 border-white px-3 font-bold text-white no-underline hover:bg-brand-800"
    >
      {name}
    </Link>
  );
}
