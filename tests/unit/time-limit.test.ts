import { describe, expect, it } from 'vitest';
import { formatTimeLimit, type TimeLimitMessages } from '@/lib/content/time-limit';

const t: TimeLimitMessages = (key, values) => (values ? `${key}(${Object.values(values).join()})` : key);

describe('formatTimeLimit', () => {
  it('says when the guide gives no limit', () => {
    expect(formatTimeLimit(undefined, 'en', t)).toBe('none');
  });
  it('words one structured value', () => {
    const limit = { cases: [{ limit: { kind: 'workingDays' as const, days: 5 } }], source: { zh: '5个工作日', en: '5 working days' } };
    expect(formatTimeLimit(limit, 'zh', t)).toBe('workingDays(5)');
  });
  it('joins several labelled cases with the punctuation of the language', () => {
    const limit = {
      cases: [
        { label: { zh: '慢病', en: 'Chronic' }, limit: { kind: 'workingDays' as const, days: 30 } },
        { label: { zh: '特病', en: 'Special' }, limit: { kind: 'immediate' as const } },
      ],
      source: { zh: '慢病30个工作日 特病当场', en: '…' },
    };
    expect(formatTimeLimit(limit, 'zh', t)).toBe('慢病：workingDays(30)；特病：immediate');
    expect(formatTimeLimit(limit, 'en', t)).toBe('Chronic: workingDays(30); Special: immediate');
  });
});
