import { telHref } from '@/lib/phone';

/** A phone number as printed, dialled when tapped. */
export function PhoneLink({ number, label }: { number: string; label?: string }) {
  return (
    <a href={telHref(number)} className="inline-flex min-h-11 items-center gap-2 font-bold">
      <span aria-hidden="true">☎</span>
      <span className="whitespace-nowrap">{number}</span>
      {label && <span className="font-normal text-ink">{label}</span>}
    </a>
  );
}
