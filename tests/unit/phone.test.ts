import { describe, expect, it } from 'vitest';
import { telHref } from '@/lib/phone';

describe('telHref', () => {
  it('joins an area code to its number and pauses before menu choices', () => {
    expect(telHref('024-12345-1-7')).toBe('tel:02412345,1,7');
  });
  it('keeps a plain local number', () => {
    expect(telHref('73600683')).toBe('tel:73600683');
  });
  it('joins an area code and number', () => {
    expect(telHref('024-31912673')).toBe('tel:02431912673');
  });
  it('treats digits after a local number as menu choices', () => {
    expect(telHref('12345-1-7')).toBe('tel:12345,1,7');
  });
  it('rejects anything that is not a phone number', () => {
    expect(() => telHref('call us')).toThrow(/not a phone number/);
  });
});
