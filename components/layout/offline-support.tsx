'use client';

import { useEffect, useState } from 'react';

/** Registers the service worker and shows a note while the device is offline. */
export function OfflineSupport({ note }: { note: string }) {
  const [offline, setOffline] = useState(false);
  useEffect(() => {
    if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => undefined);
    const update = () => setOffline(!navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
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
