'use client';

import { useEffect, useState } from 'react';

/** Registers the service worker and shows a note while the device is offline. */
export function OfflineSupport({ note }: { note: string }) {
  const [offline, setOffline] = useState(false);
  useEffect(() => {
    // Register once the page has loaded and settled, so the precache never competes with the first render.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const register = () => {
      timer = setTimeout(() => navigator.serviceWorker.register('/sw.js').catch(() => undefined), 3000);
    };
    if ('serviceWorker' in navigator) {
      if (document.readyState === 'complete') register();
      else window.addEventListener('load', register, { once: true });
    }
    const update = () => setOffline(!navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('load', register);
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  if (!offline) return null;
  return (
    <p role="status" className="no-print bg-accent-50 px-4 py-2 text-center font-bold text-accent-700">
      {note}
    </p>
  );
}
