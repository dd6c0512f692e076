// SVG -> PNG with resvg at 2x, drawing text with the bundled Roboto files only:
// no system font is loaded, so the PNG is the same on every machine.
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { CHART_FONT_FAMILY, FONT_FACES, robotoFiles } from './fonts.js';
import { encodePng } from './png-encode.js';

export const PNG_SCALE = 2;

export function pngOptions(): ResvgRenderOptions {
  const files = robotoFiles();
  return {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background: '#ffffff',
    font: {
      fontFiles: FONT_FACES.map((face) => files[face]),
      loadSystemFonts: false,
      defaultFontFamily: CHART_FONT_FAMILY,
      sansSerifFamily: CHART_FONT_FAMILY,
    },
    logLevel: 'off',
  };
}

/**
 * Rasterises on libuv's thread pool (resvg's renderAsync), so PNGs of a
 * report rendered together run beside Vega's work on the main thread, then
 * encodes the PNG with png-encode.ts. resvg hands out premultiplied
 * pixels; with the opaque background pngOptions() sets they are the straight
 * RGBA a PNG stores, and an image with any translucent pixel (another
 * background) is left to resvg's own encoder, which converts.
 */
export async function renderPng(svg: string, options: ResvgRenderOptions): Promise<Uint8Array> {
  const image = await renderAsync(svg, options);
  const pixels = image.pixels;
  const png = isOpaque(pixels) ? encodePng(pixels, image.width, image.height) : image.asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

function isOpaque(rgba: Uint8Array): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}
