import type { Metadata } from 'next';

export const metadata: Metadata = {
  title: '无法识别的地址 · Address not understood',
  description: '医保办事指南：这个地址无法识别。Medical Insurance Service Guide: this address could not be understood.',
  robots: { index: false },
};

/** Served with status 400 for addresses that cannot be decoded (e.g. broken percent-encoding). */
export default function BadRequest() {
  return (
    <html lang="zh-CN">
      <body className="font-sans">
        <main className="mx-auto max-w-xl space-y-8 px-4 py-10">
          <section className="space-y-3">
            <h1 className="text-3xl font-bold">无法识别这个地址</h1>
            <p className="text-lg">地址中有无法识别的字符，可能是复制时不完整。请从首页重新查找。</p>
            <p>
              <a href="/zh" hrefLang="zh-CN" className="inline-flex min-h-11 items-center text-xl font-bold">
                返回医保办事指南首页
              </a>
            </p>
          </section>
          <section lang="en" className="space-y-3 border-t-2 border-brand-100 pt-6">
            <h2 className="text-3xl font-bold">This address could not be understood</h2>
            <p className="text-lg">
              The address contains characters that cannot be read; it may have been copied incompletely. Please start again from the home
              page.
            </p>
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
