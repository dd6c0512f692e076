// Re-packs the workbook so the same input gives the same bytes: exceljs
// stamps every zip entry with the current time and adds folder entries in
// the order it happened to write them. Here every file gets one fixed date,
// folders are left out, entries are in a fixed order ([Content_Types].xml
// first, as Office writes it, then by name) and compression is fixed.
import JSZip from 'jszip';

export async function deterministicZip(source: JSZip, date: Date): Promise<Buffer> {
  const names = Object.values(source.files)
    .filter((f) => !f.dir)
    .map((f) => f.name)
    .sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const out = new JSZip();
  for (const name of names) {
    const bytes = await source.file(name)!.async('uint8array');
    out.file(name, bytes, { date, createFolders: false, binary: true });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
