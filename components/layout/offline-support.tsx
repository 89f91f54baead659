'use client';

import { useEffect, useState } from 'react';

type Props = { note: string; updated: string; reload: string };

/**
 * The worker stores ahead the pages of the languages read on this device: the page's language joins
 * those of the worker already installed (`/sw.js?lang=zh,en`), so switching language once never
 * drops what was stored.
 */
async function register(sw: ServiceWorkerContainer) {
  const lang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  const current = await sw.getRegistration('/');
  const script = current?.active?.scriptURL ?? current?.installing?.scriptURL ?? current?.waiting?.scriptURL;
  const known = script ? (new URL(script).searchParams.get('lang')?.split(',') ?? []) : [];
  const languages = [...new Set([...known, lang])].filter((l) => l === 'zh' || l === 'en').sort();
  await sw.register(`/sw.js?lang=${languages.join(',')}`);
}

/**
 * Registers the service worker as soon as the page is interactive (a resident who scans a QR code and
 * walks into a hall without signal has the guide with them), shows a note while the device is offline,
 * and offers a reload when the page shown came from the device and the network has since sent a newer one.
 */
export function OfflineSupport({ note, updated, reload }: Props) {
  const [offline, setOffline] = useState(false);
  const [stale, setStale] = useState(false);
  useEffect(() => {
    const sw = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
    if (sw) register(sw).catch(() => undefined);
    const onMessage = (event: MessageEvent) => {
      if (event.data?.type === 'page-updated' && event.data.path === location.pathname) setStale(true);
    };
    sw?.addEventListener('message', onMessage);
    const update = () => setOffline(!navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      sw?.removeEventListener('message', onMessage);
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return (
    <>
      {offline && (
        <p role="status" className="no-print bg-accent-50 px-4 py-2 text-center font-bold text-accent-700">
          {note}
        </p>
      )}
      {stale && !offline && (
        <p role="status" className="no-print bg-accent-50 px-4 py-2 text-center font-bold text-accent-700">
          {updated}{' '}
          <button type="button" onClick={() => location.reload()} className="underline underline-offset-4">
            {reload}
          </button>
        </p>
      )}
    </>
  );
}
