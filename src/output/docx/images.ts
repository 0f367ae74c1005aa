import { existsSync } from 'node:fs';
import { ImageRun } from 'docx';

/** Turns an SVG into PNG bytes at a scale, or undefined when no rasteriser is at hand. */
export type Rasterise = (svg: string, width: number) => Uint8Array | undefined;

/**
 * Fonts for the pictures when the machine has them: the charts' sans-serif, regular
 * and bold. Loading two font files is much cheaper than loading every system font,
 * which resvg does per picture otherwise (it was most of the time of a large report).
 */
const FONT_FILES = [
  ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
  ['/usr/share/fonts/dejavu/DejaVuSans.ttf', '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf'],
  ['/usr/share/fonts/TTF/DejaVuSans.ttf', '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf'],
];

/**
 * The rasteriser of @resvg/resvg-js when it can be loaded. It is a native module, so
 * the bundle cannot carry it: in a checkout (and in CI) it is there, in an installed
 * package only if the user added it. The name is held in a variable so the bundler
 * leaves the import to run time. Each picture is rasterised once: the same SVG at the
 * same width gives the PNG made before.
 */
export async function loadRasteriser(): Promise<Rasterise | undefined> {
  const name = '@resvg/resvg-js';
  try {
    const { Resvg } = (await import(name)) as typeof import('@resvg/resvg-js');
    const files = FONT_FILES.find((set) => set.every((f) => existsSync(f)));
    const font = files
      ? { loadSystemFonts: false, fontFiles: files, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }
      : { loadSystemFonts: true };
    const made = new Map<string, Uint8Array>();
    return (svg, width) => {
      const key = `${width} ${svg}`;
      let png = made.get(key);
      if (!png) made.set(key, (png = new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: width }, background: '#ffffff', font }).render().asPng())));
      return png;
    };
  } catch {
    return undefined;
  }
}

/** A 1×1 white PNG: the raster fallback Word requires beside an SVG when no rasteriser is at hand. */
const WHITE_PIXEL = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==', 'base64'),
);

/** The width and height an SVG declares on its root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? NaN);
  const width = attr('width');
  const height = attr('height');
  return { width: Number.isFinite(width) ? width : 240, height: Number.isFinite(height) ? height : 72 };
}

/**
 * An inline picture of an SVG, `maxWidth` pixels wide at most, with its alternative
 * text (wp:docPr descr) and title. Word 2016 and later show the SVG; older programs
 * and converters show the PNG, rendered at twice the size for sharp print.
 */
export function svgImage(svg: string, alt: { title: string; description: string }, maxWidth: number, rasterise: Rasterise | undefined): ImageRun {
  const size = svgSize(svg);
  const scale = Math.min(1, maxWidth / size.width);
  const width = Math.round(size.width * scale);
  const height = Math.round(size.height * scale);
  const png = rasterise?.(svg, width * 2) ?? WHITE_PIXEL;
  const altText = { name: alt.title, title: alt.title, description: alt.description };
  return new ImageRun({ type: 'svg', data: Buffer.from(svg, 'utf8'), fallback: { type: 'png', data: png }, transformation: { width, height }, altText });
}
