'use client';

import { useState } from 'react';

/** A button that copies a text (an address in Chinese, for a map app or a taxi driver) and says so. */
export function CopyText({ text, label, done }: { text: string; label: string; done: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="no-print inline-flex min-h-11 items-center rounded-lg border-2 border-brand-600 px-3 font-bold text-brand-800"
      onClick={() =>
        navigator.clipboard?.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
    >
      <span aria-live="polite">{copied ? done : label}</span>
    </button>
  );
}
