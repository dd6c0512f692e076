// SVG -> PNG with resvg at 2x, drawing text with the bundled Roboto files only:
// no system font is loaded, so the PNG is the same on every machine.
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { CHART_FONT_FAMILY, FONT_FACES, robotoFiles } from './fonts.js';

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
 * report rendered together run beside Vega's work on the main thread.
 */
export async function renderPng(svg: string, options: ResvgRenderOptions): Promise<Uint8Array> {
  const png = (await renderAsync(svg, options)).asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
