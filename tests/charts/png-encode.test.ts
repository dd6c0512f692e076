// The PNG encoder the charts use instead of resvg's: what it writes must
// decode, with an independent decoder (png-js, which pdfkit reads PNGs with),
// to exactly the pixels it was given, and a chart's PNG must hold the same
// pixels as resvg's own encoder would have written.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { chartCatalogue, createChartRenderer } from '../../src/charts/index.js';
import { crc32, encodePng } from '../../src/charts/png-encode.js';
import { isOpaqueColour, loadResvg, pngOptions, renderPng, type ResvgRenderOptions } from '../../src/charts/render-png.js';
import { sharedTextMeasurer } from '../../src/charts/text-metrics.js';
import { defaultModel } from './fixtures.js';

interface DecodedPng {
  readonly width: number;
  readonly height: number;
  readonly bits: number;
  readonly colorType: number;
  decodePixels(done: (pixels: Buffer) => void): void;
}
const PNG = createRequire(import.meta.url)('png-js') as new (data: Buffer) => DecodedPng;

function decode(bytes: Uint8Array): Promise<{ width: number; height: number; bits: number; colorType: number; pixels: Buffer }> {
  const png = new PNG(Buffer.from(bytes));
  return new Promise((resolve) => png.decodePixels((pixels) => resolve({ width: png.width, height: png.height, bits: png.bits, colorType: png.colorType, pixels })));
}

/** The chunk types of a PNG file, checking each chunk's CRC on the way. */
function chunks(bytes: Buffer): string[] {
  const types: string[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const body = bytes.subarray(at + 4, at + 8 + length);
    expect(bytes.readUInt32BE(at + 8 + length), `CRC of ${body.subarray(0, 4).toString('latin1')}`).toBe(crc32(body));
    types.push(body.subarray(0, 4).toString('latin1'));
    at += 12 + length;
  }
  return types;
}

describe('encodePng', () => {
  it('computes the CRC-32 PNG chunks use (check values of the standard)', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('writes a PNG that decodes to exactly the pixels given, whatever their size and values', async () => {
    const image = fc
      .record({ width: fc.integer({ min: 1, max: 24 }), height: fc.integer({ min: 1, max: 24 }) })
      .chain(({ width, height }) => fc.record({ width: fc.constant(width), height: fc.constant(height), pixels: fc.uint8Array({ minLength: width * height * 4, maxLength: width * height * 4 }) }));
    await fc.assert(
      fc.asyncProperty(image, async ({ width, height, pixels }) => {
        const png = encodePng(pixels, width, height);
        expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        expect(chunks(png)).toEqual(['IHDR', 'IDAT', 'IEND']);
        const decoded = await decode(png);
        expect([decoded.width, decoded.height, decoded.bits, decoded.colorType]).toEqual([width, height, 8, 6]);
        expect(Buffer.compare(decoded.pixels, Buffer.from(pixels))).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses pixels that do not fill width x height', () => {
    expect(() => encodePng(new Uint8Array(4 * 3 * 2 - 1), 3, 2)).toThrow('are not 3 x 2 RGBA pixels');
    expect(() => encodePng(new Uint8Array(0), 0, 0)).toThrow('RGBA pixels');
  });
});

describe('chart PNGs', () => {
  it('hold the pixels resvg renders, as resvg would have encoded them', async () => {
    const renderer = createChartRenderer();
    const options = pngOptions(sharedTextMeasurer().fontBytes);
    for (const figure of chartCatalogue(defaultModel()).slice(0, 3)) {
      const { svg } = await renderer.svg(figure);
      const ours = await decode(await renderPng(svg, options));
      const theirs = await decode(await resvgPng(svg, options));
      expect([ours.width, ours.height]).toEqual([theirs.width, theirs.height]);
      expect(Buffer.compare(ours.pixels, theirs.pixels), figure.id).toBe(0);
    }
  });

  it("free resvg's tree and image as soon as the PNG is made (V8 cannot see that memory to collect it)", async () => {
    const Resvg = await loadResvg();
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"><rect width="2" height="2" fill="#1f4e79"/></svg>';
    const probe = new Resvg(svg, pngOptions(sharedTextMeasurer().fontBytes));
    const image = probe.render();
    const freed = { tree: vi.spyOn(Object.getPrototypeOf(Object.getPrototypeOf(probe)), 'free'), image: vi.spyOn(Object.getPrototypeOf(image), 'free') };
    image.free();
    probe.free();
    freed.tree.mockClear();
    freed.image.mockClear();
    try {
      for (let i = 0; i < 3; i++) await renderPng(svg, pngOptions(sharedTextMeasurer().fontBytes));
      expect(freed.tree).toHaveBeenCalledTimes(3);
      expect(freed.image).toHaveBeenCalledTimes(3);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('over any opaque background, hold what resvg encodes, translucent shapes included (so their pixels need no check)', async () => {
    const options = pngOptions(sharedTextMeasurer().fontBytes);
    const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
    const short = fc.integer({ min: 0, max: 0xfff }).map((n) => `#${n.toString(16).padStart(3, '0')}`);
    await fc.assert(
      fc.asyncProperty(fc.oneof(hex, short), hex, fc.double({ min: 0, max: 1, noNaN: true }), async (background, fill, opacity) => {
        expect(isOpaqueColour(background)).toBe(true);
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="6" height="3"><rect width="4" height="3" fill="${fill}" fill-opacity="${opacity}"/><circle cx="4" cy="1" r="1.5" fill="${fill}" opacity="${opacity / 2}"/></svg>`;
        const ours = await decode(await renderPng(svg, { ...options, background }));
        const theirs = await decode(await resvgPng(svg, { ...options, background }));
        expect(Buffer.compare(ours.pixels, theirs.pixels)).toBe(0);
      }),
      { numRuns: 40 },
    );
    for (const colour of [undefined, '#ffffff80', '#fff8', 'rgba(255, 255, 255, .8)', 'white', 'transparent']) expect(isOpaqueColour(colour), String(colour)).toBe(false);
  });

  it('leave an image with translucent pixels to resvg, which un-premultiplies them', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"><rect width="2" height="2" fill="#1f4e79" fill-opacity="0.5"/></svg>';
    const { background: _opaque, ...transparent } = pngOptions(sharedTextMeasurer().fontBytes);
    const png = await renderPng(svg, transparent);
    expect(Buffer.from(png)).toEqual(Buffer.from(await resvgPng(svg, transparent)));
    const { pixels } = await decode(png);
    // Straight colour (to rounding) at half alpha, not the premultiplied [16, 39, 61].
    const [r, g, b, a] = [...pixels.subarray(0, 4)];
    expect(a).toBe(128);
    [r, g, b].forEach((v, i) => expect(Math.abs(v! - [31, 78, 121][i]!)).toBeLessThanOrEqual(1));
  });
});

/** resvg's own PNG encoder, for comparison. */
async function resvgPng(svg: string, options: ResvgRenderOptions): Promise<Uint8Array> {
  const tree = new (await loadResvg())(svg, options);
  const image = tree.render();
  const png = image.asPng();
  image.free();
  tree.free();
  return png;
}
