'use client';

import { useEffect, useState } from 'react';
import { TEXT_SIZE_KEY } from './text-size-script';

/** The 大字模式 / Larger text switch, remembered on this device; on a phone it shows a short label ("A+ 大字"). */
export function TextSizeToggle({ label, short }: { label: string; short: string }) {
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
      aria-label={label}
      onClick={toggle}
      className="min-h-10 min-w-10 rounded-lg border-2 border-white px-2 font-bold whitespace-nowrap text-white hover:bg-brand-800 aria-pressed:bg-white aria-pressed:text-brand-800 md:px-3"
    >
      <span aria-hidden="true" className="md:hidden">
        {short}
      </span>
      <span aria-hidden="true" className="max-md:hidden">
        A+ {label}
      </span>
    </button>
  );
}
