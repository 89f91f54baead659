/**
 * A tel: href for a number as printed in the guides, dialable from anywhere: in international form
 * (+86, the area code without its 0), so a resident calling from another city, or on a foreign SIM,
 * reaches the office. The guides print local numbers without their area code ("73600683"); the
 * city's area code (`areaCode`, e.g. "024") is added. "024-12345-1-7" means: call 024-12345, then
 * press 1, then 7; commas make the phone pause before sending each menu digit. Mobile numbers
 * (1xxxxxxxxxx) need no area code.
 */
export function telHref(printed: string, areaCode: string): string {
  const parts = printed.split('-').filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !/^\d+$/.test(p))) throw new Error(`not a phone number: ${printed}`);
  if (!/^0\d{2,3}$/.test(areaCode)) throw new Error(`not an area code: ${areaCode}`);
  const [first, second, ...menu] = parts;
  // An area code (0xx / 0xxx) joins the number that follows it; anything after that is a menu choice.
  const withArea = first.startsWith('0') && second;
  const local = withArea ? second : first;
  const area = withArea ? first : areaCode;
  const rest = withArea ? menu : [second, ...menu].filter(Boolean);
  const number = /^1[3-9]\d{9}$/.test(local) ? `+86${local}` : `+86${area.slice(1)}${local}`;
  return `tel:${[number, ...rest].join(',')}`;
}

/** The menu keys printed after a number ("024-12345-1-7" → ["1", "7"]): what to press once it answers. */
export function menuKeys(printed: string): string[] {
  const parts = printed.split('-').filter(Boolean);
  return parts.slice(parts[0]?.startsWith('0') ? 2 : 1);
}
