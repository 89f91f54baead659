import type { Metadata } from 'next';
import { ForwardPage } from '@/components/short/short-redirect-page';

export const metadata: Metadata = { title: '沈阳医保办事指南', robots: { index: false }, alternates: { canonical: '/zh/shenyang' } };

/** /sy: the short URL of the 沈阳 catalog. */
export default function ShortCatalogPage() {
  return <ForwardPage href="/zh/shenyang" title="沈阳医保办事指南" />;
}
