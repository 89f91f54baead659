import type { ReactNode } from 'react';
import { EditionLine } from '@/components/edition/edition-line';
import { cityOr404, type CityParams } from '@/app/_lib/params';

/** Every page of a city ends with the date its content was last checked and a link to what changed. */
export default async function CityLayout({ children, params }: { children: ReactNode; params: Promise<CityParams> }) {
  const { locale, city: cityId } = await params;
  const city = cityOr404(cityId);
  return (
    <>
      {children}
      <EditionLine city={city} locale={locale} />
    </>
  );
}
