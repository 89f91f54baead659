import { ShortRedirect, shortMetadata, shortNumbers } from '@/components/short/short-redirect';

type Props = { params: Promise<{ n: string }> };
export const dynamicParams = false;
export const generateStaticParams = () => shortNumbers('kaiyuan');
export const generateMetadata = async ({ params }: Props) => shortMetadata('kaiyuan', (await params).n);

/** /ky/<number>: the short URL staff read out and printed guides carry. */
export default async function ShortPage({ params }: Props) {
  return <ShortRedirect cityId="kaiyuan" n={(await params).n} />;
}
