/** Escapes text for XML and HTML content and attribute values. */
export function xml(text: string | number): string {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A number rounded for SVG coordinates (two decimals, no trailing zeros). */
export function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The font stack of every SVG planverk writes: system fonts only, nothing to fetch. */
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** A rough width of a text in a sans-serif font, for layout without measuring. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.58;
}

/** Cuts a text to `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}
