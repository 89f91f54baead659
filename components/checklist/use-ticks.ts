'use client';

import { useCallback, useEffect, useState } from 'react';
import type { CityId } from '@/content/schema';

const key = (city: CityId) => `yibao-checklist:ticks:${city}`;

function save(city: CityId, ticks: Set<string>) {
  try {
    localStorage.setItem(key(city), JSON.stringify([...ticks]));
  } catch {
    // No storage: ticks last until the page closes (and travel in the link).
  }
}

/** The ticked checklist lines (by line key), remembered on this device per city. */
export function useTicks(city: CityId | undefined) {
  const [ticks, setTicks] = useState<Set<string>>(new Set());
  useEffect(() => {
    if (!city) return;
    try {
      const saved: unknown = JSON.parse(localStorage.getItem(key(city)) ?? '[]');
      // Runs before the checklist app reads a link, so a link's ticks (replace) win over these.
      setTicks(new Set(Array.isArray(saved) ? saved.filter((x): x is string => typeof x === 'string') : []));
    } catch {
      setTicks(new Set());
    }
  }, [city]);
  const toggle = useCallback(
    (line: string, on: boolean) =>
      setTicks((prev) => {
        const next = new Set(prev);
        if (on) next.add(line);
        else next.delete(line);
        if (city) save(city, next);
        return next;
      }),
    [city],
  );
  const replace = useCallback(
    (next: Set<string>) => {
      setTicks(next);
      if (city) save(city, next);
    },
    [city],
  );
  const clear = useCallback(() => {
    setTicks(new Set());
    if (!city) return;
    try {
      localStorage.removeItem(key(city));
    } catch {
      // Nothing stored.
    }
  }, [city]);
  return { ticks, toggle, replace, clear };
}
