// Relationship parts (*.rels) and [Content_Types].xml: read, extend, write.
import { readAttributes, writeAttributes } from './xml.js';

export const REL_TYPES = {
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  hyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
} as const;

export const CONTENT_TYPES = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly targetMode?: string;
}

export function parseRels(xml: string | undefined): Relationship[] {
  if (!xml) return [];
  return [...xml.matchAll(/<Relationship\s([^>]*?)\/?>/g)].map((m) => {
    const a = readAttributes(m[1]!);
    const mode = a.get('TargetMode');
    return { id: a.get('Id')!, type: a.get('Type')!, target: a.get('Target')!, ...(mode ? { targetMode: mode } : {}) };
  });
}

export function writeRels(rels: readonly Relationship[]): string {
  const items = rels.map((r) => {
    const attrs = new Map([
      ['Id', r.id],
      ['Type', r.type],
      ['Target', r.target],
    ]);
    if (r.targetMode) attrs.set('TargetMode', r.targetMode);
    return `<Relationship ${writeAttributes(attrs)}/>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

/** rId one above the highest in use, so existing ids (and the references to them) stay valid. */
export function nextRelId(rels: readonly Relationship[]): string {
  const max = rels.reduce((m, r) => Math.max(m, Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0)), 0);
  return `rId${max + 1}`;
}

/** The .rels part that belongs to a part: xl/worksheets/sheet1.xml -> xl/worksheets/_rels/sheet1.xml.rels */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of the part that owns it. */
export function resolveTarget(partPath: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = partPath.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

export function addContentTypeOverride(xml: string, partName: string, contentType: string): string {
  if (xml.includes(`PartName="${partName}"`)) return xml;
  return xml.replace('</Types>', `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`);
}
