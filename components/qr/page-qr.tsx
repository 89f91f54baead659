import { editionQuery } from '@/lib/guide';
import { absoluteUrl, qrShape } from '@/lib/qr';
import { SITE_URL } from '@/lib/site';
import { PreviewMark } from './preview-mark';
import { QrSvg } from './qr-svg';

/**
 * A QR code of a path on this site, made absolute from SITE_URL at build time, with the address printed
 * under it in large type (the short path in bold) for people who cannot scan. The code carries the
 * edition of the content it was printed with (`?ed=2026-11-30`), so the page it opens can say what changed
 * since; the printed address stays short.
 */
export function PageQr({
  path,
  label,
  size = 'size-40',
  caption = true,
  edition,
}: {
  path: string;
  label: string;
  size?: string;
  caption?: boolean;
  /** The city's edition date, for a page of a city's guide. */
  edition?: string;
}) {
  const url = absoluteUrl(SITE_URL, path);
  const host = url.slice(0, url.length - path.length).replace(/^https?:\/\//, '');
  const encoded = edition ? url + editionQuery(edition) : url;
  return (
    <figure className="inline-flex flex-col items-center gap-1">
      <QrSvg shape={qrShape(encoded)} label={label} className={`${size} bg-white`} />
      {caption && (
        <figcaption className="text-center leading-tight" translate="no">
          <span className="block text-base text-muted">{host}</span>
          <span className="block text-2xl font-bold break-all">{path}</span>
          <PreviewMark short />
        </figcaption>
      )}
    </figure>
  );
}
