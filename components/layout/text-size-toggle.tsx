'use client';

import { useEffect, useState } from 'react';
import { TEXT_SIZE_KEY } from './text-size-script';

/** The 大字模式 / Larger text switch; remembered on this device. */
export function TextSizeToggle({ label }: { label: string }) {
  const [on, setOn] = useState(false);
  useEffect(() => setOn(document.documentElement.classList.contains('large-text')), []);

  function toggle() {
    const next = !on;
    document.documentElement.classList.toggle('large-text', next);
    try {
      if (next) localStorage.setItem(TEXT_SIZE_KEY, '1');
      else localStorage.removeItem(TEXT_SIZE_KEY);
    } catch {
      // Private mode without storage: the switch still works for this page.
    }
    setOn(next);
  }

  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={toggle}
      className="min-h-11 min-w-11 rounded-lg border-2 border-white px-3 py-1 font-bold text-white hover:bg-brand-800 aria-pressed:bg-white aria-pressed:text-brand-800"
    >
      <span aria-hidden="true">A+ </span>
      {label}
    </button>
  );
}
