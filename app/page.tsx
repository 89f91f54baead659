import type { Metadata } from 'next';
import { getCities } from '@/lib/content/load';
import { SITE_URL, alternateLanguages } from '@/lib/site';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: '医保办事指南 · Medical Insurance Service Guide',
  description: `${getCities()
    .map((c) => c.name.zh)
    .join('、')}医保办事指南 · Medical insurance services in ${getCities()
    .map((c) => c.name.en)
    .join(' and ')}`,
  alternates: { languages: alternateLanguages('/') },
};

// Chooses the language from the browser's preferences, Chinese when unsure; the links serve browsers without JavaScript.
const chooseLanguage = `(function(){var l=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||''];var t='zh';for(var i=0;i<l.length;i++){var x=String(l[i]).toLowerCase();if(x.indexOf('zh')===0){t='zh';break}if(x.indexOf('en')===0){t='en';break}}location.replace('/'+t)})();`;

/** "/" sends a visitor to /zh or /en; without JavaScript it shows both links. */
export default function LanguageChooser() {
  return (
    <html lang="zh-CN">
      <head>
        <script dangerouslySetInnerHTML={{ __html: chooseLanguage }} />
      </head>
      <body className="font-sans">
        <main className="mx-auto max-w-xl space-y-6 px-4 py-10 text-center">
          <h1 className="text-3xl font-bold">
            医保办事指南 <span lang="en">· Medical Insurance Service Guide</span>
          </h1>
          <p className="text-lg">
            请选择语言 / <span lang="en">Choose a language</span>
          </p>
          <ul className="flex flex-col gap-3">
            <li>
              <a href="/zh" hrefLang="zh-CN" className="block rounded-xl border-2 border-brand-600 p-4 text-2xl font-bold no-underline">
                中文
              </a>
            </li>
            <li>
              <a
                href="/en"
                hrefLang="en"
                lang="en"
                className="block rounded-xl border-2 border-brand-600 p-4 text-2xl font-bold no-underline"
              >
                English
              </a>
            </li>
          </ul>
        </main>
      </body>
    </html>
  );
}
