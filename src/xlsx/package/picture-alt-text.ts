// Alternative text for the chart pictures exceljs placed. exceljs 4.4 writes
// every picture as <xdr:cNvPr id="n" name="Picture n"> and takes no
// description (its pull request 1789 was never merged), so screen readers
// have nothing to read and Excel's accessibility checker flags each one.
// exceljs writes a sheet's picture anchors in the order the images were added,
// so the k-th picture of the sheet's drawing gets the k-th caption as its
// name and description (descr).
import type JSZip from 'jszip';
import { parseRels, relsPathOf, REL_TYPES, resolveTarget } from './rels.js';
import { sheetParts } from './workbook-parts.js';
import { readAttributes, writeAttributes } from './xml.js';

export interface PictureCaption {
  readonly sheet: string;
  readonly caption: string;
}

export async function describePictures(zip: JSZip, pictures: readonly PictureCaption[]): Promise<void> {
  if (pictures.length === 0) return;
  const sheets = await sheetParts(zip);
  const bySheet = new Map<string, string[]>();
  for (const p of pictures) bySheet.set(p.sheet, [...(bySheet.get(p.sheet) ?? []), p.caption]);

  for (const [sheetName, captions] of bySheet) {
    const sheetPath = sheets.get(sheetName);
    if (!sheetPath) throw new Error(`picture on unknown sheet "${sheetName}"`);
    const drawing = parseRels(await zip.file(relsPathOf(sheetPath))?.async('string')).find((r) => r.type === REL_TYPES.drawing);
    if (!drawing) throw new Error(`sheet "${sheetName}" has pictures but no drawing`);
    const drawingPath = resolveTarget(sheetPath, drawing.target);
    const xml = await zip.file(drawingPath)!.async('string');
    let k = 0;
    const described = xml.replace(/<xdr:nvPicPr><xdr:cNvPr\s([^>]*?)(\/?)>/g, (_, attrText: string, selfClosing: string) => {
      const caption = captions[k++] ?? '';
      const attrs = readAttributes(attrText);
      attrs.set('name', caption);
      attrs.set('descr', caption);
      return `<xdr:nvPicPr><xdr:cNvPr ${writeAttributes(attrs)}${selfClosing}>`;
    });
    if (k !== captions.length) throw new Error(`sheet "${sheetName}": ${captions.length} pictures added, ${k} in its drawing`);
    zip.file(drawingPath, described);
  }
}
