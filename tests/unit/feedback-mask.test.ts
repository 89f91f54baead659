import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '@/lib/feedback/mask';

describe('maskPersonalData', () => {
  it('masks an 18-digit ID number, X included, keeping its shape', () => {
    expect(maskPersonalData('身份证210282199001011234，请联系')).toBe('身份证******************，请联系');
    expect(maskPersonalData('ID 21028219900101123X.')).toBe('ID ******************.');
  });
  it('masks mobile numbers with or without +86, spaces or dashes', () => {
    expect(maskPersonalData('电话13812345678')).toBe('电话***********');
    expect(maskPersonalData('call +86 138-1234-5678 please')).toBe('call +** ***-****-**** please');
  });
  it('masks landlines with and without the area code, and full-width digits', () => {
    expect(maskPersonalData('打024-62693677没人接')).toBe('打***-********没人接');
    expect(maskPersonalData('打73600683')).toBe('打********');
    expect(maskPersonalData('手机１３８１２３４５６７８')).toBe('手机***********');
  });
  it('masks bank card numbers', () => {
    expect(maskPersonalData('卡号 6222 0212 3456 7890 123')).toBe('卡号 **** **** **** **** ***');
  });
  it('keeps what residents write about the guide: item numbers, dates, amounts, counts', () => {
    const text = '第15项要求3份复印件，2026年11月30日去的，窗口说要交140元，等了90天';
    expect(maskPersonalData(text)).toBe(text);
    expect(maskPersonalData('Item 23 asked for 2 copies on 2026-11-30')).toBe('Item 23 asked for 2 copies on 2026-11-30');
  });
});
