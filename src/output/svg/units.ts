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
