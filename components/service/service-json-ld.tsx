import { htmlLang, type Locale } from '@/lib/i18n/routing';
import type { City, ServiceItem } from '@/content/schema';
import { SITE_URL } from '@/lib/site';

/** schema.org GovernmentService data for search engines (a data block, not a script that runs). */
export function ServiceJsonLd({ city, item, locale }: { city: City; item: ServiceItem; locale: Locale }) {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: item.title[locale],
    description: item.description[0]?.[locale],
    url: `${SITE_URL}/${locale}/${city.id}/${item.id}`,
    inLanguage: htmlLang[locale],
    serviceType: item.title.zh,
    areaServed: { '@type': 'City', name: city.name[locale] },
    provider: { '@type': 'GovernmentOrganization', name: city.office[locale] },
    availableChannel: item.channels
      .filter((c) => c.kind === 'online')
      .map((c) => ({ '@type': 'ServiceChannel', serviceUrl: c.kind === 'online' ? c.url : undefined })),
  };
  // Escape "<" so no text in the data can close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
