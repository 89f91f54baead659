'use client';

import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { FEEDBACK_CATEGORIES, FEEDBACK_TEXT_MAX, PAGE_PATH, keepForRetry, type FeedbackCategory } from '@/lib/feedback/constants';
import type { FeedbackInput } from '@/lib/feedback/schema';

type Outcome = 'sent' | 'queued' | 'tooMany' | 'failed';
type Step = { kind: 'ask' } | { kind: 'details' } | { kind: 'sending' } | { kind: 'done'; outcome: Outcome; retry?: FeedbackInput };

/** Kept by the page itself when no service worker can keep it (a browser without one, e.g. some in-app browsers). */
const LOCAL_QUEUE = 'yb-feedback-queue';

function readLocalQueue(): FeedbackInput[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(LOCAL_QUEUE) ?? '[]');
    return Array.isArray(list) ? (list as FeedbackInput[]) : [];
  } catch {
    return [];
  }
}
const writeLocalQueue = (list: FeedbackInput[]) => {
  try {
    if (list.length) localStorage.setItem(LOCAL_QUEUE, JSON.stringify(list.slice(-20)));
    else localStorage.removeItem(LOCAL_QUEUE);
  } catch {
    // storage full or blocked: nothing more can be done on this device
  }
};

const post = (input: FeedbackInput) =>
  fetch('/api/feedback', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });

async function send(input: FeedbackInput): Promise<Outcome> {
  try {
    const res = await post(input);
    if (res.status === 201) return 'sent';
    // The service worker kept it for later (no connection).
    if (res.status === 202) return 'queued';
    if (res.status === 429) return 'tooMany';
    return 'failed';
  } catch {
    // No connection and no service worker: keep it here, sent from the next page opened online.
    writeLocalQueue([...readLocalQueue(), input]);
    return 'queued';
  }
}

let sendingLocal: Promise<boolean> | undefined;
/** Sends what this page kept earlier, one run at a time (never the same entry twice); whether anything was sent. */
function sendLocalQueue(): Promise<boolean> {
  sendingLocal ??= sendLocalQueueNow().finally(() => {
    sendingLocal = undefined;
  });
  return sendingLocal;
}

async function sendLocalQueueNow(): Promise<boolean> {
  const queue = readLocalQueue();
  let sent = false;
  while (queue.length) {
    const status = await post(queue[0]).then(
      (r) => r.status,
      () => 0,
    );
    // 202: a service worker took it after all, and keeps it itself.
    if (status === 202 || keepForRetry(status)) break;
    queue.shift();
    sent = true;
  }
  writeLocalQueue(queue);
  return sent;
}

/** Pages where the box does not belong: printables and the offline page. */
const WITHOUT_FEEDBACK = /\/(poster|labels|offline)$/;

/**
 * "Was this page helpful?" at the foot of the page. A "no" opens an optional reason and comment; nothing
 * personal is asked for. Without a connection the answer is kept on the phone and sent when it returns,
 * by the service worker where there is one (background sync), else by the next page opened online.
 */
export function PageFeedback() {
  const t = useTranslations('Feedback');
  const page = usePathname();
  const id = useId();
  const [step, setStep] = useState<Step>({ kind: 'ask' });
  const [category, setCategory] = useState<FeedbackCategory | undefined>();
  const [text, setText] = useState('');
  const [sentLater, setSentLater] = useState(false);

  useEffect(() => {
    const flush = () => {
      navigator.serviceWorker?.controller?.postMessage({ type: 'send-feedback' });
      if (navigator.onLine) sendLocalQueue().then((sent) => sent && setSentLater(true));
    };
    // A connection that has just come back often fails its first requests: try again a little later.
    const retries: ReturnType<typeof setTimeout>[] = [];
    const online = () => {
      flush();
      retries.push(setTimeout(flush, 3000), setTimeout(flush, 10_000));
    };
    const onMessage = (event: MessageEvent) => event.data?.type === 'feedback-sent' && setSentLater(true);
    flush();
    window.addEventListener('online', online);
    navigator.serviceWorker?.addEventListener('message', onMessage);
    return () => {
      retries.forEach(clearTimeout);
      window.removeEventListener('online', online);
      navigator.serviceWorker?.removeEventListener('message', onMessage);
    };
  }, []);

  if (!PAGE_PATH.test(page) || WITHOUT_FEEDBACK.test(page)) return null;

  const submit = async (input: FeedbackInput) => {
    setStep({ kind: 'sending' });
    const outcome = await send(input);
    setStep({ kind: 'done', outcome, retry: outcome === 'failed' || outcome === 'tooMany' ? input : undefined });
  };
  // The server adds the edition (核对日期) of the page's city as deployed.
  const base = { page };
  const onDetails = (event: FormEvent) => {
    event.preventDefault();
    const comment = text.trim();
    submit({ ...base, helpful: false, ...(category ? { category } : {}), ...(comment ? { text: comment } : {}) });
  };

  const button = 'inline-flex min-h-12 min-w-20 items-center justify-center rounded-lg border-2 border-brand-600 px-4 font-bold';
  return (
    <section aria-labelledby={`${id}-q`} className="no-print mx-auto mt-4 w-full max-w-5xl px-4">
      <div className="rounded-lg border-2 border-brand-100 bg-white p-4">
        <h2 id={`${id}-q`} className="text-lg font-bold">
          {t('question')}
        </h2>
        {step.kind === 'ask' && (
          <div className="mt-3 flex flex-wrap gap-3">
            <button type="button" className={`${button} text-brand-800`} onClick={() => submit({ ...base, helpful: true })}>
              {t('yes')}
            </button>
            <button type="button" className={`${button} text-brand-800`} onClick={() => setStep({ kind: 'details' })}>
              {t('no')}
            </button>
          </div>
        )}
        {step.kind === 'details' && (
          <form className="mt-3 space-y-4" onSubmit={onDetails}>
            <fieldset>
              <legend className="font-bold">{t('whatWrong')}</legend>
              <div className="mt-2 space-y-2">
                {FEEDBACK_CATEGORIES.map((c) => (
                  <label key={c} className="flex min-h-11 items-center gap-3">
                    <input
                      type="radio"
                      name={`${id}-category`}
                      value={c}
                      checked={category === c}
                      onChange={() => setCategory(c)}
                      className="size-6 accent-brand-600"
                    />
                    <span>{t(`categories.${c}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <div>
              <label htmlFor={`${id}-text`} className="font-bold">
                {t('text')}
              </label>
              <p id={`${id}-privacy`} className="text-base text-muted">
                {t('privacy')}
              </p>
              <textarea
                id={`${id}-text`}
                value={text}
                maxLength={FEEDBACK_TEXT_MAX}
                rows={4}
                aria-describedby={`${id}-privacy ${id}-left`}
                onChange={(e) => setText(e.target.value)}
                className="mt-2 block w-full rounded-lg border-2 border-muted p-2"
              />
              <p id={`${id}-left`} className="text-base text-muted" aria-live="polite">
                {t('left', { count: FEEDBACK_TEXT_MAX - text.length })}
              </p>
            </div>
            <button type="submit" className={`${button} bg-brand-600 text-white`}>
              {t('send')}
            </button>
          </form>
        )}
        <div role="status" aria-live="polite">
          {step.kind === 'sending' && <p className="mt-3">{t('sending')}</p>}
          {step.kind === 'done' && (
            <p className={`mt-3 font-bold ${step.outcome === 'sent' || step.outcome === 'queued' ? 'text-brand-800' : 'text-accent-700'}`}>
              {step.outcome === 'sent' ? t('thanks') : t(step.outcome)}{' '}
              {step.retry && (
                <button type="button" className="underline underline-offset-4" onClick={() => submit(step.retry!)}>
                  {t('retry')}
                </button>
              )}
            </p>
          )}
          {sentLater && <p className="mt-3 text-brand-800">{t('sentLater')}</p>}
        </div>
      </div>
    </section>
  );
}
