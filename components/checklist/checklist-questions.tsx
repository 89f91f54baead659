'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { Question, Selection } from '@/lib/checklist';
import type { Locale } from '@/lib/i18n/routing';
import type { CityContent } from '@/lib/content/validate';
import { Mixed } from '@/components/i18n/mixed';

type Props = { questions: Question[]; city: CityContent; selection: Selection; onChange: (s: Selection) => void };

const option =
  'flex min-h-11 items-center gap-3 rounded-lg border-2 border-brand-100 px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50';

/** Step 3: only the questions the chosen services need; changing an answer updates the list at once. */
export function ChecklistQuestions({ questions, city, selection, onChange }: Props) {
  const locale = useLocale() as Locale;
  const t = useTranslations('Checklist');
  const titles = (ids: string[]) =>
    ids.map((id) => city.items.find((i) => i.id === id)?.title[locale] ?? id).join(locale === 'en' ? ', ' : '、');
  if (questions.length === 0) return null;
  return (
    <section aria-labelledby="step-questions" className="no-print space-y-4">
      <h2 id="step-questions" className="text-2xl font-bold">
        {t('step3')}
      </h2>
      {questions.map((q) =>
        q.kind === 'scenario' ? (
          <fieldset key={q.param} className="space-y-2">
            <legend className="mb-2 text-lg font-bold">
              <Mixed locale={locale}>{t('whichCase', { title: q.itemTitle[locale] })}</Mixed>
            </legend>
            {q.options.map((o) => (
              <label key={o.id} className={option}>
                <input
                  type="radio"
                  name={q.param}
                  checked={q.answer === o.id}
                  onChange={() => onChange({ ...selection, scenarios: { ...selection.scenarios, [q.item]: o.id } })}
                  className="size-6 shrink-0 accent-brand-700"
                />
                <span>
                  <Mixed locale={locale}>{o.title[locale]}</Mixed>
                </span>
              </label>
            ))}
          </fieldset>
        ) : (
          <fieldset key={q.param} className="space-y-2">
            <legend className="text-lg font-bold">
              <Mixed locale={locale}>{q.question[locale]}</Mixed>
            </legend>
            <p className="text-base text-muted">
              <Mixed locale={locale}>{t('askedFor', { items: titles(q.items) })}</Mixed>
            </p>
            <div className="flex gap-2">
              {([true, false] as const).map((value) => (
                <label key={String(value)} className={`${option} min-w-24`}>
                  <input
                    type="radio"
                    name={q.param}
                    checked={q.answer === value}
                    onChange={() => onChange({ ...selection, answers: { ...selection.answers, [q.situation]: value } })}
                    className="size-6 shrink-0 accent-brand-700"
                  />
                  <span>{value ? t('yes') : t('no')}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ),
      )}
    </section>
  );
}
