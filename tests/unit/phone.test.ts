import { describe, expect, it } from 'vitest';
import { menuKeys, telHref } from '@/lib/phone';

describe('telHref', () => {
  it('joins an area code to its number and pauses before menu choices', () => {
    expect(telHref('024-12345-1-7', '024')).toBe('tel:+862412345,1,7');
  });
  it('adds the city’s area code to a local number as printed', () => {
    expect(telHref('73600683', '024')).toBe('tel:+862473600683');
    expect(telHref('62693677', '024')).toBe('tel:+862462693677');
  });
  it('keeps an area code that is printed', () => {
    expect(telHref('0410-31912673', '024')).toBe('tel:+8641031912673');
  });
  it('treats digits after a local number as menu choices', () => {
    expect(telHref('12345-1-7', '024')).toBe('tel:+862412345,1,7');
  });
  it('dials a mobile number without an area code', () => {
    expect(telHref('13812345678', '024')).toBe('tel:+8613812345678');
  });
  it('rejects anything that is not a phone number or an area code', () => {
    expect(() => telHref('call us', '024')).toThrow(/not a phone number/);
    expect(() => telHref('73600683', '24')).toThrow(/not an area code/);
  });
});

describe('menuKeys', () => {
  it('gives the keys printed after the number, with or without its area code', () => {
    expect(menuKeys('024-12345-1-7')).toEqual(['1', '7']);
    expect(menuKeys('12345-1-7')).toEqual(['1', '7']);
    expect(menuKeys('024-62693677')).toEqual([]);
    expect(menuKeys('73600683')).toEqual([]);
  });
});
