// The little XML the package surgery needs: escaping text and attributes,
// and reading the attributes of one element. exceljs writes flat,
// predictable parts, so a full XML parser is not needed here.

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Attributes of an element's opening tag text (`name="v" r:id="rId1"`), unescaped. */
export function readAttributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs.set(m[1]!, unescapeXml(m[2]!));
  return attrs;
}

export function writeAttributes(attrs: ReadonlyMap<string, string>): string {
  return [...attrs].map(([k, v]) => `${k}="${escapeXml(v)}"`).join(' ');
}
