// "Save as image" (#17): the clerk's sheet drawn on a canvas in the browser, QR code included, for
// residents who keep things in their photo album. Nothing leaves the phone.
import type { ClerkDocument, ClerkSheet } from '@/lib/checklist';
import { wrapText } from '@/lib/text-wrap';

/** Formats a Clerk message in Chinese. */
type Label = (key: string, values?: Record<string, string | number>) => string;

const WIDTH = 1080;
const MARGIN = 64;
const BRAND = '#07473a';
const INK = '#1a1a1a';
const LINE = 1.45;

type Block = { text: string; size: number; bold?: boolean; color?: string; gap?: number; marker?: 'ticked' | 'missing' | 'bullet' };

function documentText(d: ClerkDocument, label: Label): string {
  const marks = d.marks.length ? `（${d.marks.join('，')}）` : '';
  const condition = d.condition ? label('sheetCondition', { condition: d.condition }) : '';
  const tolerated = d.tolerated ? label('sheetTolerated') : '';
  const alternatives = d.alternatives ? `\n${label('sheetAnyOf', { documents: d.alternatives })}` : '';
  return `${d.wording}${marks}${condition}${tolerated}${alternatives}`;
}

function blocks(sheet: ClerkSheet, label: Label): Block[] {
  const out: Block[] = [{ text: label('sheetTitle'), size: 64, bold: true, color: BRAND }];
  out.push({ text: label('sheetServices'), size: 48, bold: true, gap: 36 });
  for (const i of sheet.items)
    out.push({ text: `${i.number}. ${i.title}${i.case ? `（${i.case}）` : ''}`, size: 44, marker: 'bullet', gap: 8 });
  out.push({ text: label('sheetTicked', { count: sheet.ticked.length }), size: 48, bold: true, gap: 40 });
  if (!sheet.ticked.length) out.push({ text: label('sheetNone'), size: 44, gap: 8 });
  for (const d of sheet.ticked) out.push({ text: documentText(d, label), size: 44, marker: 'ticked', gap: 12 });
  out.push({ text: label('sheetMissing', { count: sheet.missing.length }), size: 48, bold: true, gap: 40 });
  if (!sheet.missing.length) out.push({ text: label('sheetNone'), size: 44, gap: 8 });
  for (const d of sheet.missing) out.push({ text: documentText(d, label), size: 44, marker: 'missing', gap: 12 });
  for (const item of sheet.tips) {
    out.push({ text: label('sheetTips', { title: item.title }), size: 44, bold: true, gap: 40 });
    for (const tip of item.tips) out.push({ text: tip, size: 38, marker: 'bullet', gap: 8 });
  }
  return out;
}

function drawMarker(ctx: CanvasRenderingContext2D, marker: Block['marker'], x: number, y: number, size: number) {
  const box = size * 0.8;
  const top = y + (size * LINE - box) / 2;
  ctx.lineWidth = Math.max(3, size / 12);
  if (marker === 'bullet') {
    ctx.fillStyle = INK;
    ctx.beginPath();
    ctx.arc(x + box / 2, top + box / 2, size / 8, 0, Math.PI * 2);
    ctx.fill();
  } else if (marker === 'ticked') {
    ctx.fillStyle = BRAND;
    ctx.fillRect(x, top, box, box);
    ctx.strokeStyle = '#fff';
    ctx.beginPath();
    ctx.moveTo(x + box * 0.2, top + box * 0.52);
    ctx.lineTo(x + box * 0.42, top + box * 0.74);
    ctx.lineTo(x + box * 0.8, top + box * 0.28);
    ctx.stroke();
  } else if (marker === 'missing') {
    ctx.strokeStyle = INK;
    ctx.strokeRect(x, top, box, box);
  }
}

/**
 * Draws the sheet and its QR code (the checklist's link) as a PNG, 1080 px wide and as tall as the
 * sheet needs. Returns a data: URL (the pages' CSP allows data: images, not blob:).
 */
export async function clerkImage(sheet: ClerkSheet, label: Label, qr: boolean[][]): Promise<string> {
  await document.fonts?.ready;
  const family = getComputedStyle(document.body).fontFamily;
  const font = (b: Block) => `${b.bold ? 'bold ' : ''}${b.size}px ${family}`;
  const canvas = document.createElement('canvas');
  const measureCtx = canvas.getContext('2d');
  if (!measureCtx) throw new Error('no canvas');
  let y = MARGIN;
  const laid = blocks(sheet, label).map((b) => {
    measureCtx.font = font(b);
    const x = MARGIN + (b.marker ? b.size * 1.2 : 0);
    const lines = wrapText(b.text, WIDTH - MARGIN - x, (s) => measureCtx.measureText(s).width);
    y += b.gap ?? 0;
    const at = y;
    y += lines.length * b.size * LINE;
    return { b, x, y: at, lines };
  });
  const cell = 10;
  const qrSize = (qr.length + 8) * cell;
  const qrTop = y + 48;
  const caption: Block = { text: label('sheetQr'), size: 38 };
  canvas.width = WIDTH;
  canvas.height = Math.ceil(qrTop + qrSize + caption.size * LINE + MARGIN);

  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'top';
  for (const { b, x, y: top, lines } of laid) {
    if (b.marker) drawMarker(ctx, b.marker, MARGIN, top, b.size);
    ctx.font = font(b);
    ctx.fillStyle = b.color ?? INK;
    lines.forEach((line, i) => ctx.fillText(line, x, top + i * b.size * LINE + (b.size * (LINE - 1)) / 2));
  }
  // The QR code, dark modules on white with a four-module quiet zone.
  const qrLeft = (WIDTH - qrSize) / 2;
  ctx.fillStyle = '#000';
  qr.forEach((row, r) => row.forEach((dark, c) => dark && ctx.fillRect(qrLeft + (c + 4) * cell, qrTop + (r + 4) * cell, cell, cell)));
  ctx.font = font(caption);
  ctx.fillStyle = INK;
  ctx.textAlign = 'center';
  ctx.fillText(caption.text, WIDTH / 2, qrTop + qrSize);
  return canvas.toDataURL('image/png');
}
