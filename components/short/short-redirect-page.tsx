
/** A static page that forwards to `href` without JavaScript (servers answer the path with a redirect first). */
export function ForwardPage({ href, title }: { href: string; title: string }) {
  return (
    <html lang="zh-CN">
      <head>
        <meta httpEquiv="refresh" content={`0;url=${href}`} />
      </head>
      <body className="font-sans">
        <main className="mx-auto max-w-xl space-y-4 px-4 py-10">
          <h1 className="text-2xl font-bold">正在打开：{title}</h1>
          <p>
            如果没有自动跳转，请点这里 / <span lang="en">If nothing happens, follow this link</span>：
            <a href={href} className="font-bold">
              {title}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
