import type { Metadata } from 'next';
import { ForwardPage } from '@/components/short/short-redirect-page';

export const metadata: Metadata = { title: '开原医保办事指南', robots: { index: false }, alternates: { canonical: '/zh/kaiyuan' } };

/** /ky: the short URL of the 开原 catalog. */
export default function ShortCatalogPage() {
  return <ForwardPage href="/zh/kaiyuan" title="开原医保办事指南" />;
}
