import type { QrShape } from '@/lib/qr';

/** A QR code drawn as SVG with a 4-module quiet zone; crisp at any print size. */
export function QrSvg({ shape, label, className = 'size-48' }: { shape: QrShape; label: string; className?: string }) {
  const box = shape.size + 8;
  return (
    <svg viewBox={`0 0 ${box} ${box}`} role="img" aria-label={label} className={className} shapeRendering="crispEdges">
      <rect width={box} height={box} fill="#fff" />
      <path d={shape.path} fill="#000" />
    </svg>
  );
}
