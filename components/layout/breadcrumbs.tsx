import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { Mixed } from '@/components/i18n/mixed';
import { Link } from '@/components/i18n/link';

/**
 * Where the page sits: Home › City › Item; the last crumb is the current page. Not on a phone, where
 * the header already links home and every city, and the row is better spent on the page's content.
 */
export async function Breadcrumbs({ trail }: { trail: { href?: string; label: string }[] }) {
  const t = await getTranslations('Breadcrumbs');
  const header = await getTranslations('Header');
  const locale = (await getLocale()) as Locale;
  const all = [{ href: '/', label: header('home') }, ...trail];
  return (
    <nav aria-label={t('label')} className="no-print mb-4 text-base max-md:hidden">
      <ol className="flex flex-wrap items-center gap-x-2">
        {all.map((crumb, i) => (
          <li key={i} className="flex items-center gap-x-2">
            {i > 0 && <span aria-hidden="true">›</span>}
            {crumb.href && i < all.length - 1 ? (
              <Link href={crumb.href} className="inline-flex min-h-11 items-center">
                <Mixed locale={locale}>{crumb.label}</Mixed>
              </Link>
            ) : (
              <span aria-current="page" className="inline-flex min-h-11 items-center">
                <Mixed locale={locale}>{crumb.label}</Mixed>
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
