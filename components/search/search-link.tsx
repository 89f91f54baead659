'use client';

import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/**
 * The phone header's way to search: a link to the search page that, on a city's pages, carries that
 * city (?city=…) as the header's search box does, so its services come first. The path is known when
 * the page is built, so the link is right in the HTML before any script runs.
 */
export function SearchLink({
  locale,
  cities,
  label,
  className,
  children,
}: {
  locale: string;
  cities: string[];
  label: string;
  className: string;
  children: ReactNode;
}) {
  const city = usePathname()?.split('/')[2];
  const href = `/${locale}/search${city && cities.includes(city) ? `?city=${city}` : ''}`;
  return (
    <a href={href} aria-label={label} className={className}>
      {children}
    </a>
  );
}
