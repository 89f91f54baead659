import { describe, expect, it } from 'vitest';
import calendar from '@/content/calendar';
import { CalendarSchema } from '@/content/schema';
import { addMonths, addWorkingDays, expectedBy, isWorkingDay, todayInChina, workingCalendar } from '@/lib/calendar';

// A small fixture: the 2026 National Day week, with Saturday 10 October worked instead (调休).
const fixture = workingCalendar({
  source: 'fixture',
  validUntil: '2026-12-31',
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'].map((date) => ({
    date,
    name: '国庆',
  })),
  workdays: [{ date: '2026-10-10', name: '国庆' }],
});

describe('working days', () => {
  it('are Monday to Friday, less holidays, plus the weekend days worked instead', () => {
    expect(isWorkingDay('2026-09-30', fixture)).toBe(true); // Wednesday
    expect(isWorkingDay('2026-10-01', fixture)).toBe(false); // holiday
    expect(isWorkingDay('2026-10-03', fixture)).toBe(false); // Saturday and holiday
    expect(isWorkingDay('2026-10-10', fixture)).toBe(true); // Saturday worked instead
    expect(isWorkingDay('2026-10-11', fixture)).toBe(false); // Sunday
  });
  it('count from the day after applying, across a holiday week and a worked Saturday', () => {
    // 29 Sep (Tue) 1, 30 Sep 2, 8 Oct (Thu) 3, 9 Oct 4, 10 Oct (Sat, worked) 5.
    expect(addWorkingDays('2026-09-28', 5, fixture)).toEqual({ date: '2026-10-10', beyondCalendar: false });
    // Applying on a Friday: the next Monday is day 1.
    expect(addWorkingDays('2026-11-27', 1, fixture).date).toBe('2026-11-30');
  });
  it('say when the count runs past the known arrangement', () => {
    expect(addWorkingDays('2026-12-28', 5, fixture)).toEqual({ date: '2027-01-04', beyondCalendar: true });
  });
});

describe('expectedBy', () => {
  it('reads each kind of limit', () => {
    expect(expectedBy({ kind: 'immediate' }, '2026-11-30', fixture)).toEqual({ kind: 'today' });
    expect(expectedBy({ kind: 'workingDays', days: 15 }, '2026-11-30', fixture)).toEqual({
      kind: 'by',
      date: '2026-12-21',
      beyondCalendar: false,
    });
    expect(expectedBy({ kind: 'months', months: 3 }, '2026-11-30', fixture)).toEqual({
      kind: 'by',
      date: '2027-02-28',
      beyondCalendar: false,
    });
  });
  it('adds months without running into the next month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', 3)).toBe('2026-06-15');
  });
  it('takes today in China, eight hours ahead of UTC', () => {
    expect(todayInChina(new Date('2026-11-30T17:00:00Z'))).toBe('2026-12-01');
    expect(todayInChina(new Date('2026-11-30T15:59:00Z'))).toBe('2026-11-30');
  });
});

describe('the official calendar data', () => {
  it('is valid and covers 2026 with its 调休 working weekends', () => {
    const c = CalendarSchema.parse(calendar);
    expect(c.validUntil).toBe('2026-12-31');
    const cal = workingCalendar(c);
    // 2026 Spring Festival: 15–23 Feb off, Saturday 14 Feb and Saturday 28 Feb worked.
    expect(isWorkingDay('2026-02-16', cal)).toBe(false);
    expect(isWorkingDay('2026-02-14', cal)).toBe(true);
    expect(isWorkingDay('2026-02-28', cal)).toBe(true);
    for (const d of c.workdays) expect([0, 6], d.date).toContain(new Date(`${d.date}T00:00:00Z`).getUTCDay());
    // 15 working days applied for on Monday 28 September 2026: the National Day week is skipped and
    // Sunday 20 September is before it; Saturday 10 October counts.
    expect(addWorkingDays('2026-09-28', 15, cal)).toEqual({ date: '2026-10-23', beyondCalendar: false });
    // Across the Spring Festival: applied on Friday 13 February, Saturday 14 February is worked.
    expect(addWorkingDays('2026-02-13', 1, cal).date).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-13', 2, cal).date).toBe('2026-02-24');
  });
});
