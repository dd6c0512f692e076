// A strict reader for the SVG our chart renderer writes (vega's SVG output
// after coordinate rounding): elements with double-quoted attributes and
// character data, nothing else. Anything it does not recognise (comments,
// CDATA, doctype, processing instructions, malformed markup) makes it answer
// undefined, and the caller hands that SVG to svg-to-pdfkit unchanged.

export interface SvgNode {
  readonly tag: string;
  readonly attrs: ReadonlyMap<string, string>;
  /** Child elements and character data, in document order. */
  readonly children: readonly (SvgNode | string)[];
}

const NAME = /[A-Za-z_][\w:.-]*/y;
const ATTR = /\s+([A-Za-z_][\w:.-]*)="([^"<]*)"/y;
const TAG_END = /\s*(\/?)>/y;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The root <svg> element, or undefined when the text is not in the subset this reader knows. */
export function parseSvg(text: string): SvgNode | undefined {
  let pos = 0;
  const stack: { tag: string; attrs: Map<string, string>; children: (SvgNode | string)[] }[] = [];
  let root: SvgNode | undefined;
  // An XML declaration is the one prologue vega may not write but a caller might.
  const decl = /^\s*<\?xml[^?]*\?>/.exec(text);
  if (decl) pos = decl[0].length;
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const chunk = text.slice(pos, lt < 0 ? text.length : lt);
    if (chunk.length > 0) {
      const data = decode(chunk);
      if (data === undefined) return undefined;
      if (stack.length > 0) stack[stack.length - 1]!.children.push(data);
      else if (chunk.trim() !== '') return undefined;
    }
    if (lt < 0) break;
    pos = lt + 1;
    if (text[pos] === '/') {
      NAME.lastIndex = pos + 1;
      const name = NAME.exec(text);
      const open = stack.pop();
      if (!name || !open || open.tag !== name[0]) return undefined;
      pos = NAME.lastIndex;
      const close = /\s*>/y;
      close.lastIndex = pos;
      if (!close.exec(text)) return undefined;
      pos = close.lastIndex;
      const node: SvgNode = open;
      if (stack.length > 0) stack[stack.length - 1]!.children.push(node);
      else if (root) return undefined;
      else root = node;
      continue;
    }
    NAME.lastIndex = pos;
    const name = NAME.exec(text);
    if (!name) return undefined; // comment, CDATA, doctype, instruction
    pos = NAME.lastIndex;
    const attrs = new Map<string, string>();
    for (;;) {
      ATTR.lastIndex = pos;
      const attr = ATTR.exec(text);
      if (!attr) break;
      const value = decode(attr[2]!);
      if (value === undefined || attrs.has(attr[1]!)) return undefined;
      attrs.set(attr[1]!, value);
      pos = ATTR.lastIndex;
    }
    TAG_END.lastIndex = pos;
    const end = TAG_END.exec(text);
    if (!end) return undefined;
    pos = TAG_END.lastIndex;
    const element = { tag: name[0], attrs, children: [] as (SvgNode | string)[] };
    if (end[1] === '/') {
      if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
      else if (root) return undefined;
      else root = element;
    } else {
      stack.push(element);
    }
  }
  if (stack.length > 0 || !root || root.tag !== 'svg') return undefined;
  return root;
}

/** Character data with its entities resolved; undefined for a bare '&' or an unknown entity. */
function decode(raw: string): string | undefined {
  if (!raw.includes('&')) return raw;
  if (raw.replace(ENTITY, '').includes('&')) return undefined;
  let valid = true;
  const decoded = raw.replace(ENTITY, (_, dec: string | undefined, hex: string | undefined, named: string | undefined) => {
    if (named) return NAMED[named]!;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    if (code > 0x10ffff) valid = false;
    return valid ? String.fromCodePoint(code) : '';
  });
  return valid ? decoded : undefined;
}
