// SVG -> PNG with resvg at 2x, drawing text with the bundled Roboto only: no
// system font is loaded, so the PNG is the same on every machine.
//
// resvg runs as WebAssembly (@resvg/resvg-wasm, the same resvg release as the
// native @resvg/resvg-js, same pixels: compared on every chart of 20 generated
// reports). Not the native build because its images live in a Rust heap that
// is freed only when V8 collects their small JavaScript wrappers, and V8 does
// not know how much memory stands behind them: in a 2-worker batch that held
// 55-100 MB. Here every image and tree is freed as soon as it is encoded, and
// the WebAssembly code has no CPU-specific paths. The price is paid once per
// thread: until V8 has optimised the code, the first dozen renders run ~4x
// slower (the first report's charts ~1 s longer). Handing batch workers one
// compiled module did not help (they start together, so both still wait).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg, type ResvgRenderOptions } from '@resvg/resvg-wasm';
import { CHART_FONT_FAMILY, FONT_FACES, type FontFace } from './fonts.js';
import { encodePng } from './png-encode.js';

export type { ResvgRenderOptions };

export const PNG_SCALE = 2;

/** Options for renderPng: resvg draws with exactly the Roboto bytes given (the text measurer's, so what is measured is what is drawn). */
export function pngOptions(fontBytes: Readonly<Record<FontFace, Uint8Array>>): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background: '#ffffff',
    font: {
      fontBuffers: FONT_FACES.map((face) => fontBytes[face]),
      defaultFontFamily: CHART_FONT_FAMILY,
      sansSerifFamily: CHART_FONT_FAMILY,
    },
  };
}

let ready: Promise<typeof Resvg> | undefined;

/**
 * resvg, once its WebAssembly is loaded (from the package's own file, never
 * fetched): once per thread.
 */
export function loadResvg(): Promise<typeof Resvg> {
  ready ??= initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'))).then(
    () => Resvg,
    (error: unknown) => {
      // Another copy of this module (a test runner's fresh module graph) loaded it first.
      if (error instanceof Error && error.message.startsWith('Already initialized')) return Resvg;
      ready = undefined;
      throw error;
    },
  );
  return ready;
}

/**
 * Rasterises, then encodes the PNG with png-encode.ts (faster than resvg's
 * encoder). resvg hands out premultiplied pixels; where every pixel is opaque
 * they are the straight RGBA a PNG stores. An opaque background (what
 * pngOptions() sets) makes every pixel opaque, since anything drawn over an
 * opaque pixel stays opaque, so its pixels are not checked (that check cost
 * ~2.4 ms a chart, ~2 % of a batch report's time). Otherwise an image with any
 * translucent pixel is left to resvg's own encoder, which converts.
 */
export async function renderPng(svg: string, options: ResvgRenderOptions): Promise<Uint8Array> {
  const tree = new (await loadResvg())(svg, options);
  try {
    const image = tree.render();
    try {
      const pixels = image.pixels;
      if (!isOpaqueColour(options.background) && !isOpaque(pixels)) return image.asPng();
      const png = encodePng(pixels, image.width, image.height);
      return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
    } finally {
      image.free();
    }
  } finally {
    tree.free();
  }
}

/** "#rgb" or "#rrggbb": a colour with no alpha. (Other CSS forms just take the pixel check.) */
export function isOpaqueColour(colour: string | undefined): boolean {
  return colour !== undefined && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(colour);
}

function isOpaque(rgba: Uint8Array): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}
