// Recognises the image formats a logo may have by their first bytes. Kept
// free of other imports: the batch's main thread checks logos without zod.

/** The PDF embeds the logo; a file that is not really a PNG or JPEG would fail there, far from its cause. */
export function isPngOrJpeg(head: Uint8Array): boolean {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => head[i] === b);
  const jpeg = head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
  return png || jpeg;
}
