'use client';

import { useCallback, useEffect, useState } from 'react';
import type { CityId } from '@/content/schema';
import type { CityContent } from '@/lib/content/validate';

/** Loads a city's published content (/data/<city>.json) once it is chosen; cached for the page's life. */
export function useCityData(city: CityId | undefined) {
  const [cache, setCache] = useState<Partial<Record<CityId, CityContent>>>({});
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!city || cache[city]) return;
    let cancelled = false;
    setFailed(false);
    fetch(`/data/${city}.json`)
      .then((res) => (res.ok ? (res.json() as Promise<CityContent>) : Promise.reject(new Error(String(res.status)))))
      .then((data) => !cancelled && setCache((c) => ({ ...c, [city]: data })))
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [city, cache, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { data: city ? cache[city] : undefined, failed, retry };
}
