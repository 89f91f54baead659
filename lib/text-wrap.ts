/**
 * Breaks text into lines no wider than `width`, for drawing on a canvas. Chinese breaks between any two
 * characters, other text between words (a word wider than a line is cut where it must be); explicit
 * line breaks are kept. `measure` gives the drawn width of a string (CanvasRenderingContext2D.measureText).
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    // Units that may not be split: a run of Latin letters and digits with its trailing spaces, or one other
    // character; closing punctuation stays with what it closes, so no line starts with "。" or "）".
    const units = paragraph.match(/[A-Za-z0-9.,:;'’()\-/%@&?=_+]+[，。、；：！？）》」』”]*\s*|\s+|.[，。、；：！？）》」』”]*/gsu) ?? [];
    let line = '';
    for (const unit of units) {
      if (line !== '' && measure(line + unit) > width) {
        lines.push(line.trimEnd());
        line = unit.trimStart();
      } else line += unit;
      // A single unit wider than the line is cut character by character.
      while (measure(line.trimEnd()) > width && Array.from(line).length > 1) {
        const chars = Array.from(line);
        let fit = chars.length - 1;
        while (fit > 1 && measure(chars.slice(0, fit).join('')) > width) fit--;
        lines.push(chars.slice(0, fit).join(''));
        line = chars.slice(fit).join('');
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
