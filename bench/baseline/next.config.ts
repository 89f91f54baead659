import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

// The bare baseline for `npm run bench`: the same Next.js + next-intl static-export setup, one page.
const withNextIntl = createNextIntlPlugin('./i18n/request.ts');
const config: NextConfig = { output: 'export', poweredByHeader: false, typescript: { ignoreBuildErrors: true } };
export default withNextIntl(config);
