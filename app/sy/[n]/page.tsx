import { ShortRedirect, shortMetadata, shortNumbers } from '@/components/short/short-redirect';

type Props = { params: Promise<{ n: string }> };
export const dynamicParams = false;
export const generateStaticParams = () => shortNumbers('shenyang');
export const generateMetadata = async ({ params }: Props) => shortMetadata('shenyang', (await params).n);

/** /sy/<number>: the short URL staff read out and printed guides carry. */
export default async function ShortPage({ params }: Props) {
  return <ShortRedirect cityId="shenyang" n={(await params).n} />;
}
