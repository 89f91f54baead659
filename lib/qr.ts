import QRCode from 'qrcode';

/** A QR code as one SVG path of dark modules, plus its size in modules (without the quiet zone). */
export interface QrShape {
  size: number;
  path: string;
}

/** Encodes text as a QR code (error correction M) and traces its dark modules as an SVG path. */
export function qrShape(text: string): QrShape {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  let path = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && modules.get(y, x)) x++;
      // One horizontal run of dark modules per subpath keeps the path short.
      path += `M${start + 4} ${y + 4}h${x - start}v1h${start - x}z`;
    }
  }
  return { size, path };
}
