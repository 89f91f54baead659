'use client';

import { createTranslator, useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { clerkSheet, type Checklist, type ClerkDocument } from '@/lib/checklist';
import type { CityContent } from '@/lib/content/validate';
import type { Locale } from '@/lib/i18n/routing';
import type { QrShape } from '@/lib/qr';
import { QrSvg } from '@/components/qr/qr-svg';
import { Mixed } from '@/components/i18n/mixed';
import { shareUrl } from './share-checklist';

type Props = {
  city: CityContent;
  checklist: Checklist;
  ticks: ReadonlySet<string>;
  shareQuery: string;
  /** The Clerk messages in Chinese: the sheet is in the clerk's language whatever the page's. */
  messages: Record<string, string>;
  onClose: () => void;
};

const button = 'min-h-11 rounded-lg border-2 border-white px-4 font-bold';

function DocumentLine({
  d,
  label,
  ticked,
}: {
  d: ClerkDocument;
  label: (k: string, v?: Record<string, string>) => string;
  ticked: boolean;
}) {
  return (
    <li data-clerk-doc={d.key} className="flex gap-3 border-b border-brand-100 py-2 last:border-b-0">
      <span aria-hidden="true" className={`shrink-0 font-bold ${ticked ? 'text-brand-700' : 'text-ink'}`}>
        {ticked ? '☑' : '☐'}
      </span>
      <span>
        <span className="font-bold">{d.wording}</span>
        {d.marks.length > 0 && `（${d.marks.join('，')}）`}
        {d.condition && label('sheetCondition', { condition: d.condition })}
        {d.tolerated && label('sheetTolerated')}
        {d.alternatives && <span className="block text-xl">{label('sheetAnyOf', { documents: d.alternatives })}</span>}
      </span>
    </li>
  );
}

/**
 * "Show the clerk": a full-screen sheet in large Chinese (from the model, whatever the page's language):
 * the services, the documents ticked and those still missing, every tip, and the checklist's QR code.
 * "Save as image" draws the same sheet on a canvas (clerk-image.ts) as a PNG to keep in the photo album.
 */
export function ClerkView({ city, checklist, ticks, shareQuery, messages, onClose }: Props) {
  const locale = useLocale() as Locale;
  const t = useTranslations('Clerk');
  const dialog = useRef<HTMLDialogElement>(null);
  const [qr, setQr] = useState<QrShape>();
  const [image, setImage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const sheet = useMemo(() => clerkSheet(checklist, ticks), [checklist, ticks]);
  const zh = useMemo(() => createTranslator({ locale: 'zh', messages: { Clerk: messages }, namespace: 'Clerk' }), [messages]);
  const label = (key: string, values?: Record<string, string | number>) => (zh as (k: string, v?: object) => string)(key, values);
  const url = shareUrl(shareQuery);

  useEffect(() => {
    dialog.current?.showModal();
    let cancelled = false;
    import('@/lib/qr').then(({ qrShape }) => !cancelled && setQr(qrShape(url)));
    return () => {
      cancelled = true;
    };
  }, [url]);

  async function save() {
    setBusy(true);
    setFailed(false);
    try {
      const [{ qrMatrix }, { clerkImage }] = await Promise.all([import('@/lib/qr'), import('./clerk-image')]);
      setImage(await clerkImage(sheet, label, qrMatrix(url)));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  async function share() {
    if (!image) return;
    try {
      const blob = await (await fetch(image)).blob();
      const file = new File([blob], `${t('filename')}.png`, { type: 'image/png' });
      if (navigator.canShare?.({ files: [file] })) await navigator.share({ files: [file] });
    } catch {
      // Cancelled, or sharing files is not offered: the image and its download link remain.
    }
  }

  const canShareFiles = typeof navigator !== 'undefined' && typeof navigator.canShare === 'function';
  return (
    <dialog
      ref={dialog}
      aria-labelledby="clerk-title"
      onClose={onClose}
      data-clerk-view=""
      className="m-0 h-full max-h-none w-full max-w-none bg-white p-0 backdrop:bg-black/70"
    >
      <div className="sticky top-0 z-10 flex flex-wrap gap-2 bg-brand-700 p-2">
        <button type="button" onClick={() => dialog.current?.close()} className={`${button} text-white`} autoFocus>
          <Mixed locale={locale}>{t('close')}</Mixed>
        </button>
        <button type="button" onClick={save} disabled={busy} className={`${button} bg-white text-brand-800`}>
          <Mixed locale={locale}>{busy ? t('saving') : t('save')}</Mixed>
        </button>
      </div>
      {(image || failed) && (
        <section aria-label={t('imageHeading')} className="space-y-2 bg-brand-50 p-4">
          {failed && (
            <p role="alert">
              <Mixed locale={locale}>{t('failed')}</Mixed>
            </p>
          )}
          {image && (
            <>
              <p className="font-bold" role="status">
                <Mixed locale={locale}>{t('saved')}</Mixed>
              </p>
              {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on this phone */}
              <img src={image} alt={t('imageAlt')} className="mx-auto w-full max-w-md border-2 border-brand-100 bg-white" />
              <div className="flex flex-wrap gap-2">
                <a
                  href={image}
                  download={`${t('filename')}.png`}
                  className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-bold text-white no-underline"
                >
                  <Mixed locale={locale}>{t('download')}</Mixed>
                </a>
                {canShareFiles && (
                  <button
                    type="button"
                    onClick={share}
                    className="min-h-11 rounded-lg border-2 border-brand-700 px-4 font-bold text-brand-800"
                  >
                    <Mixed locale={locale}>{t('share')}</Mixed>
                  </button>
                )}
              </div>
            </>
          )}
        </section>
      )}
      <div lang="zh-CN" className="space-y-5 p-4 text-2xl leading-normal">
        <h2 id="clerk-title" className="text-3xl font-bold text-brand-800">
          {label('sheetTitle')}
        </h2>
        <section aria-labelledby="clerk-services" className="space-y-1">
          <h3 id="clerk-services" className="font-bold">
            {label('sheetServices')}
          </h3>
          <ul className="list-disc pl-8">
            {sheet.items.map((i) => (
              <li key={i.id} data-clerk-item={i.id}>
                {i.number}. {i.title}
                {i.case && `（${i.case}）`}
              </li>
            ))}
          </ul>
        </section>
        {(
          [
            ['ticked', sheet.ticked],
            ['missing', sheet.missing],
          ] as const
        ).map(([kind, docs]) => (
          <section key={kind} aria-labelledby={`clerk-${kind}`} data-clerk-list={kind} className="space-y-1">
            <h3 id={`clerk-${kind}`} className="font-bold">
              {label(kind === 'ticked' ? 'sheetTicked' : 'sheetMissing', { count: docs.length })}
            </h3>
            {docs.length ? (
              <ul className="rounded-xl border-2 border-brand-100 px-3">
                {docs.map((d) => (
                  <DocumentLine key={d.key} d={d} label={label} ticked={kind === 'ticked'} />
                ))}
              </ul>
            ) : (
              <p>{label('sheetNone')}</p>
            )}
          </section>
        ))}
        {sheet.tips.map((item) => (
          <section key={item.id} aria-labelledby={`clerk-tips-${item.id}`} data-clerk-tips={item.id} className="space-y-1">
            <h3 id={`clerk-tips-${item.id}`} className="font-bold">
              {label('sheetTips', { title: item.title })}
            </h3>
            <ul className="list-disc pl-8 text-xl">
              {item.tips.map((tip, i) => (
                <li key={i}>{tip}</li>
              ))}
            </ul>
          </section>
        ))}
        <figure className="flex flex-col items-center gap-2">
          {qr && <QrSvg shape={qr} label={label('sheetQr')} className="aspect-square w-64 max-w-full bg-white" />}
          <figcaption className="text-xl">{label('sheetQr')}</figcaption>
        </figure>
        <p className="text-base text-muted">{city.name.zh}</p>
      </div>
    </dialog>
  );
}
