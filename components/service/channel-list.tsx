import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import type { Channel, CityId } from '@/lib/content/schema';

/** Every way to apply, with places, windows, links and app menu paths as steps. */
export async function ChannelList({ channels, locale, city }: { channels: Channel[]; locale: Locale; city: CityId }) {
  const t = await getTranslations({ locale, namespace: 'Channel' });
  return (
    <ul className="space-y-3">
      {channels.map((c, i) => {
        const heading = c.label?.[locale] ?? t(c.kind);
        return (
          <li key={i} className="rounded-xl border-2 border-brand-100 p-3">
            <p className="font-bold text-brand-800">
              {heading}
              {c.kind === 'mobile' && <span className="font-normal"> · {t(c.platform)}</span>}
            </p>
            {c.kind === 'window' && (
              <>
                <p>{c.place[locale]}</p>
                {c.windows && <p className="text-xl font-bold">{t('windowNumbers', { numbers: c.windows.join(locale === 'en' ? ', ' : '、') })}</p>}
                {c.office && (
                  <p className="no-print text-base">
                    <Link href={`/${city}/offices`} className="inline-flex min-h-11 items-center">
                      {t('officeDetails')}
                    </Link>
                  </p>
                )}
              </>
            )}
            {(c.kind === 'kiosk' || c.kind === 'agent' || c.kind === 'institution') && c.place && <p>{c.place[locale]}</p>}
            {c.kind === 'online' && (
              <p>
                {c.name[locale]}
                <br />
                <a href={c.url} rel="noopener" className="inline-flex min-h-11 items-center break-all">
                  {c.url}
                </a>
              </p>
            )}
            {c.kind === 'mobile' && <p>{c.name[locale]}</p>}
            {(c.kind === 'mobile' || c.kind === 'online') && c.steps && c.steps.length > 0 && (
              <div className="mt-1">
                <p className="text-base text-muted">{t('steps')}</p>
                <ol className="flex flex-wrap items-center gap-1">
                  {c.steps.map((s, j) => (
                    <li key={j} className="flex items-center gap-1">
                      {j > 0 && <span aria-hidden="true">→</span>}
                      <span className="rounded bg-brand-50 px-2 font-bold">{s[locale]}</span>
                    </li>
                  ))}
                </ol>
              </div>
            )}
            {c.kind === 'email' && (
              <p>
                <a href={`mailto:${c.address}`} className="inline-flex min-h-11 items-center break-all">
                  {c.address}
                </a>
              </p>
            )}
            {c.scope && <p className="mt-1 text-base text-accent-700">{c.scope[locale]}</p>}
          </li>
        );
      })}
    </ul>
  );
}
