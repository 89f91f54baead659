import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { editionQuery } from '@/lib/guide';
import { absoluteUrl, qrMatrix, qrShape } from '@/lib/qr';

/** Draws the modules at 4 px each with a 4-module quiet zone and decodes them as a camera would. */
function decode(matrix: boolean[][]): string | undefined {
  const scale = 4;
  const side = (matrix.length + 8) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + 4) * scale + dy) * side + (x + 4) * scale + dx) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
    }),
  );
  return jsQR(data, side, side)?.data;
}

describe('QR codes', () => {
  it('decode back to exactly the URL they encode', () => {
    const url = absoluteUrl('https://yb.example.cn', '/ky/20');
    expect(decode(qrMatrix(url))).toBe('https://yb.example.cn/ky/20');
  });

  it('carry a printout’s edition after the short URL, and still decode exactly', () => {
    const url = absoluteUrl('https://yb.example.cn', '/ky/20') + editionQuery('2026-11-30');
    expect(decode(qrMatrix(url))).toBe('https://yb.example.cn/ky/20?ed=2026-11-30');
  });

  it('change with the configured site origin', () => {
    const a = decode(qrMatrix(absoluteUrl('https://a.example', '/sy/3.1')));
    const b = decode(qrMatrix(absoluteUrl('http://localhost:3000/', '/sy/3.1')));
    expect(a).toBe('https://a.example/sy/3.1');
    expect(b).toBe('http://localhost:3000/sy/3.1');
  });

  it('traces one subpath per run of dark modules inside the quiet zone', () => {
    const shape = qrShape('https://yb.example.cn/ky/1');
    expect(shape.size).toBe(qrMatrix('https://yb.example.cn/ky/1').length);
    expect(shape.path.startsWith('M4 4h7v1')).toBe(true);
  });
});
