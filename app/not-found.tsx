import type { Metadata } from 'next';

export const metadata: Metadata = {
  title: '找不到页面 · Page not found',
  description: '医保办事指南：您打开的地址不存在。Medical Insurance Service Guide: this address does not exist.',
};

/** The bilingual 404 page, served with status 404 for every unknown address. */
export default function NotFound() {
  return (
    <html lang="zh-CN">
      <body className="font-sans">
        <main className="mx-auto max-w-xl space-y-8 px-4 py-10">
          <section className="space-y-3">
            <h1 className="text-3xl font-bold">找不到这个页面</h1>
            <p className="text-lg">您打开的地址不存在，可能是输入有误或页面已经移动。</p>
            <p>
              <a href="/zh" hrefLang="zh-CN" className="inline-flex min-h-11 items-center text-xl font-bold">
                返回医保办事指南首页
              </a>
            </p>
          </section>
          <section lang="en" className="space-y-3 border-t-2 border-brand-100 pt-6">
            <h2 className="text-3xl font-bold">Page not found</h2>
            <p className="text-lg">The address you opened does not exist. It may have been mistyped, or the page has moved.</p>
            <p>
              <a href="/en" hrefLang="en" className="inline-flex min-h-11 items-center text-xl font-bold">
                Back to the Medical Insurance Service Guide home page
              </a>
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}
