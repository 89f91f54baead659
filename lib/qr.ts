import QRCode from 'qrcode';

/** A QR code as one SVG path of dark modules, plus its size in modules (without the quiet zone). */
export interface QrShape {
  size: number;
  path: string;
}

/** The QR modules of a text (error correction M): matrix[y][x] is true for a dark module. */
export function qrMatrix(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, y) => Array.from({ length: modules.size }, (_, x) => Boolean(modules.get(y, x))));
}

/** Encodes text as a QR code and traces its dark modules as an SVG path, offset by a 4-module quiet zone. */
export function qrShape(text: string): QrShape {
  const matrix = qrMatrix(text);
  let path = '';
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      // One horizontal run of dark modules per subpath keeps the path short.
      path += `M${start + 4} ${y + 4}h${x - start}v1h${start - x}z`;
    }
  });
  return { size: matrix.length, path };
}

/** The absolute URL a QR code carries: the site origin configured at build time plus a path. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}
