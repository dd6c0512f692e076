// RGBA pixels -> PNG file bytes. resvg's own encoder (RenderedImage.asPng)
// runs synchronously on the JavaScript thread and took ~13 ms per chart, about
// as long as the rasterising itself; this one builds the scanlines (filter
// "none": charts are flat colour, which deflate packs as well as resvg's
// adaptive filters) and deflates them at level 3: ~5 ms per chart and a file
// of the same size (~31 KB per chart). It deflates on the calling thread on
// purpose: on libuv's pool, the 14 charts of a report deflating at once each
// held their scanlines and a zlib stream in another thread's malloc arena, and
// a 2-worker batch peaked 60-160 MB higher (measured on 20 and 200 reports).
// Output depends only on the pixels and Node's bundled zlib, whose version is
// part of the chart cache's fingerprint.
import zlib from 'node:zlib';

/** zlib level 3: as small as resvg's PNGs here (level 6 is 30 % smaller but 3x slower). */
export const PNG_DEFLATE_LEVEL = 3;

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const BIT_DEPTH = 8;

/** PNG colour types this module writes (8 bits a channel). */
export const PNG_COLOR = { rgb: 2, rgba: 6 } as const;

/** Encodes `pixels` (width x height x RGBA, 8 bits a channel, not premultiplied) as a PNG. */
export function encodePng(pixels: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || pixels.byteLength !== stride * height) {
    throw new Error(`encodePng: ${pixels.byteLength} bytes are not ${width} x ${height} RGBA pixels`);
  }
  const source = Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength);
  const scanlines = Buffer.allocUnsafe(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    const at = y * (stride + 1);
    scanlines[at] = 0; // filter type: none
    source.copy(scanlines, at + 1, y * stride, (y + 1) * stride);
  }
  return assemblePng(width, height, PNG_COLOR.rgba, zlib.deflateSync(scanlines, { level: PNG_DEFLATE_LEVEL }));
}

/**
 * A PNG file from its deflated scanlines (each row led by its filter byte):
 * signature, IHDR, one IDAT, IEND. Also what tests build their small images with.
 */
export function assemblePng(width: number, height: number, colorType: (typeof PNG_COLOR)[keyof typeof PNG_COLOR], idat: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([BIT_DEPTH, colorType, 0, 0, 0], 8); // compression, filter method, no interlace
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG chunks carry it (ISO 3309, over type and data). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
