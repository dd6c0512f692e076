// Re-packs the workbook so the same input gives the same bytes: exceljs
// stamps every zip entry with the current time and adds folder entries in
// the order it happened to write them. Here every file gets one fixed date,
// folders are left out, entries are in a fixed order ([Content_Types].xml
// first, as Office writes it, then by name) and compression is fixed.
//
// Speed (issue 8): an entry the package surgery did not touch (pictures,
// styles, most parts) is copied as the DEFLATE data exceljs already wrote,
// not inflated and deflated again. exceljs deflates with JSZip at pako's
// default level, which is level 6, the level used here, so the copy is byte
// for byte what re-compressing would give. (pako, pure JS, gives the same
// bytes on every machine, which node's zlib does not promise.)
import JSZip from 'jszip';

// Everything is deflated, pictures too: resvg's PNGs shrink by a fifth.
const DEFLATE = { compression: 'DEFLATE', compressionOptions: { level: 6 } } as const;
/** JSZip's id of DEFLATE, as a CompressedObject read from a zip carries it. */
const DEFLATE_MAGIC = '\x08\x00';

export async function deterministicZip(source: JSZip, date: Date): Promise<Buffer> {
  const names = Object.values(source.files)
    .filter((f) => !f.dir)
    .map((f) => f.name)
    .sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const out = new JSZip();
  for (const name of names) {
    const entry = source.file(name)!;
    const options = { date, createFolders: false, binary: true } as const;
    const raw = compressedAsRead(entry, DEFLATE_MAGIC);
    // JSZip copies a compressed object's data when its method is the output's.
    if (raw) out.file(name, raw as unknown as Uint8Array, options);
    else out.file(name, await entry.async('uint8array'), options);
  }
  return out.generateAsync({ type: 'nodebuffer', ...DEFLATE, platform: 'DOS' });
}

/**
 * The entry's data as it was read from the zip, still compressed, when it has
 * not been replaced since (JSZip keeps it as a CompressedObject; a replaced
 * entry holds the new content instead) and used the method `magic`.
 */
function compressedAsRead(entry: JSZip.JSZipObject, magic: string): object | undefined {
  const data = (entry as unknown as { _data?: { compression?: { magic?: string }; compressedContent?: unknown } })._data;
  return data && typeof data === 'object' && data.compressedContent !== undefined && data.compression?.magic === magic ? data : undefined;
}
