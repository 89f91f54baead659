'use client';

/** Opens the browser's print dialog (the page prints as a one-page sheet). */
export function PrintButton({ label, hint }: { label: string; hint: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      title={hint}
      className="inline-flex min-h-11 items-center rounded-lg border-2 border-brand-700 px-4 font-bold text-brand-800 hover:bg-brand-50"
    >
      {label}
    </button>
  );
}
