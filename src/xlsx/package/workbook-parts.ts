// Sheet name -> worksheet part path, read from xl/workbook.xml and its rels.
import type JSZip from 'jszip';
import { parseRels, resolveTarget } from './rels.js';
import { readAttributes } from './xml.js';

export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = parseRels(await zip.file('xl/_rels/workbook.xml.rels')?.async('string'));
  const byId = new Map(rels.map((r) => [r.id, resolveTarget('xl/workbook.xml', r.target)]));
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\s([^>]*?)\/>/g)) {
    const a = readAttributes(m[1]!);
    const path = byId.get(a.get('r:id') ?? '');
    if (path) parts.set(a.get('name')!, path);
  }
  return parts;
}
