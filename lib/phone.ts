/**
 * A tel: href for a number as printed in the guides. "024-12345-1-7" means: call 024-12345, then
 * press 1, then 7; commas make the phone pause before sending each extension digit.
 */
export function telHref(printed: string): string {
  const parts = printed.split('-').filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !/^\d+$/.test(p))) throw new Error(`not a phone number: ${printed}`);
  const [first, second, ...menu] = parts;
  // An area code (0xx / 0xxx) joins the number that follows it; anything after that is a menu choice.
  const number = first.startsWith('0') && second ? first + second : first;
  const rest = first.startsWith('0') && second ? menu : [second, ...menu].filter(Boolean);
  return `tel:${[number, ...rest].join(',')}`;
}
