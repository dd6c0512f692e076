// exceljs writes a link to another sheet as an external relationship whose
// target is "#'Sheet'!A1", plus location="#'Sheet'!A1". The OOXML form of an
// in-workbook link is location="'Sheet'!A1" with no relationship; this
// rewrites exceljs's form into it and drops the now unused relationships.
import type JSZip from 'jszip';
import { parseRels, relsPathOf, writeRels } from './rels.js';
import { sheetParts } from './workbook-parts.js';
import { readAttributes, writeAttributes } from './xml.js';

export async function fixInternalHyperlinks(zip: JSZip): Promise<void> {
  for (const sheetPath of (await sheetParts(zip)).values()) {
    const xml = (await zip.file(sheetPath)?.async('string')) ?? '';
    const dropped = new Set<string>();
    const fixed = xml.replace(/<hyperlink\s([^>]*?)\/>/g, (whole, attrText: string) => {
      const attrs = readAttributes(attrText);
      const location = attrs.get('location');
      if (!location?.startsWith('#')) return whole;
      const rid = attrs.get('r:id');
      if (rid) dropped.add(rid);
      attrs.delete('r:id');
      attrs.set('location', location.slice(1));
      return `<hyperlink ${writeAttributes(attrs)}/>`;
    });
    if (dropped.size === 0) continue;
    zip.file(sheetPath, fixed);
    const relsPath = relsPathOf(sheetPath);
    const rels = parseRels(await zip.file(relsPath)?.async('string')).filter((r) => !dropped.has(r.id));
    if (rels.length > 0) zip.file(relsPath, writeRels(rels));
    else zip.remove(relsPath);
  }
}
