import { defineRouting } from 'next-intl/routing';

/** Locales always appear in the URL; zh is the default and the typing reference. */
export const routing = defineRouting({
  locales: ['zh', 'en'],
  defaultLocale: 'zh',
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];

/** The BCP 47 tag used for <html lang> and hreflang. */
export const htmlLang: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** The other locale, for the language switch and alternates. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}
