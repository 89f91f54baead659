// Residents sometimes type their ID number or phone into a comment although the box asks them not to.
// Such numbers are masked before anything is stored: only their shape is kept, so staff can still see
// "the resident gave a phone number" without holding it.

/** 18-digit resident ID (last may be X) and the old 15-digit form. */
const ID_NUMBER =
  /(?<![0-9])(?:[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]|[1-9]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3})(?![0-9A-Za-z])/g;
/** Mobile numbers (1 + 10 digits, optionally +86 and spaces or dashes). */
const MOBILE = /(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/g;
/** Landlines: area code and 7–8 digits (024-62693677, 024 6269 3677), or a bare 7–8 digit number. */
const LANDLINE = /(?<!\d)(?:0\d{2,3}[\s-]?)?[2-9]\d{2,3}[\s-]?\d{4}(?!\d)/g;
/** Bank cards and other long digit runs (12+ digits, spaces allowed). */
const LONG_DIGITS = /(?<!\d)\d(?:[\s-]?\d){11,}(?!\d)/g;

const keepShape = (s: string) => s.replace(/[0-9Xx]/g, '*');

/** The text with ID numbers, phone numbers and other long numbers replaced by asterisks of the same shape. */
export function maskPersonalData(text: string): string {
  // Full-width digits are read as digits (１３８…).
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return ascii.replace(ID_NUMBER, keepShape).replace(MOBILE, keepShape).replace(LONG_DIGITS, keepShape).replace(LANDLINE, keepShape);
}
