// Recognises the image formats a logo may have by their first bytes. Kept
// free of other imports: the batch's main thread checks logos without zod.

/** The PDF embeds the logo; a file that is not really a PNG or JPEG would fail there, far from its cause. */
export function isPngOrJpeg(head: Uint8Array): boolean {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => head[i] === b);
  const jpeg = head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
  return png || jpeg;
}

/**
 * Whether a PNG or JPEG file is whole enough for the PDF to embed it: a PNG's
 * chunks (IHDR first, at least one IDAT, IEND) all inside the file; a JPEG's
 * segments inside the file up to a frame header (SOFn), which carries the
 * size the PDF needs. A file cut short or with junk after its first bytes
 * passed the first-bytes test and then failed inside the PDF renderer.
 * (Pixel data is not decoded.)
 */
export function isWholeImage(bytes: Uint8Array): boolean {
  if (!isPngOrJpeg(bytes)) return false;
  return bytes[0] === 0x89 ? pngChunksWhole(bytes) : jpegHasFrame(bytes);
}

function pngChunksWhole(b: Uint8Array): boolean {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let at = 8;
  let first = true;
  let idat = false;
  while (at + 12 <= b.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(b[at + 4]!, b[at + 5]!, b[at + 6]!, b[at + 7]!);
    if (length > b.length - at - 12) return false; // runs past the end
    if (first && (type !== 'IHDR' || length !== 13)) return false;
    first = false;
    if (type === 'IDAT') idat = true;
    if (type === 'IEND') return idat;
    at += 12 + length;
  }
  return false; // no IEND
}

function jpegHasFrame(b: Uint8Array): boolean {
  let at = 2; // after SOI
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return false;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const length = (b[at + 2]! << 8) | b[at + 3]!;
    if (length < 2 || at + 2 + length > b.length) return false;
    // SOF0-SOF15, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return length >= 8;
    if (marker === 0xda || marker === 0xd9) return false; // scan data or the end before any frame header
    at += 2 + length;
  }
  return false;
}
