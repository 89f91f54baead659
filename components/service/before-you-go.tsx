import type { CityContent } from '@/lib/content/validate';
import { beforeYouGo, type GuideView } from '@/lib/guide';
import type { Locale } from '@/lib/i18n/routing';
import { BeforeYouGoBox } from '@/components/guide/before-you-go-box';

/** "Before you go" at the top of a service page (lib/guide/before-you-go.ts), linking to its own sections. */
export function BeforeYouGo({ city, view, locale }: { city: CityContent; view: GuideView; locale: Locale }) {
  return (
    <BeforeYouGoBox
      summary={beforeYouGo(city, view)}
      locale={locale}
      areaCode={city.areaCode}
      documentsHref="#bring"
      refusedHref="#prohibited"
    />
  );
}
