import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { siteOriginFromEnv } from './lib/site-url';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// The public origin printed in QR codes, short addresses, canonical links and the sitemap. Checked
// here, so a wrong value stops the build with a message instead of printing unusable posters.
const site = siteOriginFromEnv();

const config: NextConfig = {
  // The whole site is static files: any static server or CDN can host out/.
  output: 'export',
  trailingSlash: false,
  poweredByHeader: false,
  images: { unoptimized: true },
  // Type errors are caught by `npm run typecheck` in `npm test`; the build need not check twice.
  typescript: { ignoreBuildErrors: true },
  // The stylesheet (22 KB, 5 KB with brotli) inside each page: on a slow phone network a separate
  // file costs a round trip (400 ms on 3G) before anything shows. Next.js also carries it in the
  // page's data for React, so a page grows by about 4 KB with brotli.
  experimental: { inlineCss: true },
  env: { NEXT_PUBLIC_SITE_URL: site.origin, NEXT_PUBLIC_SITE_PREVIEW: site.preview ? '1' : '' },
};

export default withNextIntl(config);
