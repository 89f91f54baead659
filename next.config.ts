import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const config: NextConfig = {
  // The whole site is static files: any static server or CDN can host out/.
  output: 'export',
  trailingSlash: false,
  poweredByHeader: false,
  images: { unoptimized: true },
  // Type errors are caught by `npm run typecheck` in `npm test`; the build need not check twice.
  typescript: { ignoreBuildErrors: true },
  env: { NEXT_PUBLIC_SITE_URL: process.env.SITE_URL ?? 'http://localhost:3000' },
};

export default withNextIntl(config);
