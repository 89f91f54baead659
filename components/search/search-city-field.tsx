'use client';

import { usePathname } from 'next/navigation';

/**
 * On a city's pages, the header search passes that city (?city=…), so its services come first. The
 * path is known when the page is built, so the field is in the HTML and works before any script runs.
 */
export function SearchCityField({ cities }: { cities: string[] }) {
  const city = usePathname()?.split('/')[2];
  if (!city || !cities.includes(city)) return null;
  return <input type="hidden" name="city" value={city} />;
}
