'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { QrShape } from '@/lib/qr';
import { QrSvg } from '@/components/qr/qr-svg';

/** The absolute link of this page with a checklist query. */
export function shareUrl(query: string): string {
  return `${window.location.origin}${window.location.pathname}?${query}`;
}

/** The checklist's link with copy/share buttons and a QR code that opens the same checklist on another phone. */
export function ShareChecklist({ query }: { query: string }) {
  const t = useTranslations('Checklist');
  const [url, setUrl] = useState('');
  const [qr, setQr] = useState<QrShape>();
  const [copied, setCopied] = useState(false);
  const [wantQr, setWantQr] = useState(false);

  useEffect(() => {
    const next = shareUrl(query);
    setUrl(next);
    setCopied(false);
    if (!wantQr) return;
    let cancelled = false;
    // The QR encoder loads only when someone asks for the code.
    import('@/lib/qr').then(({ qrShape }) => !cancelled && setQr(qrShape(next)));
    return () => {
      cancelled = true;
    };
  }, [query, wantQr]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <section aria-labelledby="share" className="no-print space-y-3 rounded-xl bg-brand-50 p-3">
      <h2 id="share" className="text-xl font-bold">
        {t('share')}
      </h2>
      <p className="text-base">{t('shareHelp')}</p>
      <p className="break-all text-base" translate="no">
        <a href={url}>{url}</a>
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={copy}
          className="min-h-11 rounded-lg border-2 border-brand-700 bg-white px-4 font-bold text-brand-800"
        >
          {t('copyLink')}
        </button>
        {!wantQr && (
          <button
            type="button"
            onClick={() => setWantQr(true)}
            className="min-h-11 rounded-lg border-2 border-brand-700 bg-white px-4 font-bold text-brand-800"
          >
            {t('showQr')}
          </button>
        )}
        <span aria-live="polite" className="inline-flex min-h-11 items-center font-bold">
          {copied ? t('copied') : ''}
        </span>
      </div>
      {wantQr && qr && <QrSvg shape={qr} label={t('share')} className="aspect-square w-56 max-w-full bg-white" />}
    </section>
  );
}
