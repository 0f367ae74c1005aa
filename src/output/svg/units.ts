/**
 * A number rounded for SVG coordinates (two decimals, no trailing zeros): the text of
 * `String(Math.round(value * 100) / 100)`, written from the whole number of hundredths,
 * which costs half as much as turning a fraction into text (a report draws millions).
 */
export function n(value: number): string {
  const k = Math.round(value * 100);
  // NaN, infinities and huge values (and -0, which String writes as 0) as String writes them.
  if (k === 0) return '0';
  if (!Number.isSafeInteger(k) || Math.abs(k) >= 1e15) return String(k / 100);
  const a = k < 0 ? -k : k;
  const whole = Math.floor(a / 100);
  const cents = a % 100;
  const text = cents === 0 ? String(whole) : cents % 10 === 0 ? `${whole}.${cents / 10}` : `${whole}.${cents < 10 ? '0' : ''}${cents}`;
  return k < 0 ? `-${text}` : text;
}

/** The font stack of every SVG planverk writes: system fonts only, nothing to fetch. */
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** A rough width of a text in a sans-serif font, for layout without measuring. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.58;
}
