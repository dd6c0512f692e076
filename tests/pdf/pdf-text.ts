// Reads a PDF the way a reader's tools do, with pdfjs-dist: text lines per page
// (with their font size, to tell headings from body text), the bookmarks, the
// document info and the link annotations.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Line {
  readonly text: string;
  /** Font size of the line's largest run. */
  readonly size: number;
}

export interface Bookmark {
  readonly title: string;
  /** 1-based page the bookmark jumps to. */
  readonly page: number;
  readonly children: readonly Bookmark[];
}

export interface PdfText {
  readonly numPages: number;
  /** Lines per page (index 0 = page 1), top to bottom. */
  readonly pages: readonly (readonly Line[])[];
  /** All text, whitespace collapsed to single spaces (sentences broken over lines join up). */
  readonly flat: string;
  readonly bookmarks: readonly Bookmark[];
  readonly info: Record<string, unknown>;
  /** Named destinations of the link annotations on a page. */
  links(page: number): Promise<string[]>;
}

interface TextItem {
  readonly str: string;
  readonly transform: number[];
  readonly height: number;
  readonly hasEOL: boolean;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages: Line[][] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(toLines(content.items.filter((i): i is TextItem & typeof i => 'str' in i) as unknown as TextItem[]));
  }
  const pageOf = async (dest: unknown): Promise<number> => {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : (dest as unknown[]);
    return (await doc.getPageIndex(explicit![0] as never)) + 1;
  };
  const walk = async (items: readonly { title: string; dest: unknown; items: unknown[] }[]): Promise<Bookmark[]> =>
    Promise.all(items.map(async (o) => ({ title: o.title, page: await pageOf(o.dest), children: await walk(o.items as never) })));
  const bookmarks = await walk(((await doc.getOutline()) ?? []) as never);
  const info = (await doc.getMetadata()).info as Record<string, unknown>;
  const flat = pages
    .flat()
    .map((l) => l.text)
    .join(' ')
    .replace(/\s+/g, ' ');
  return {
    numPages: doc.numPages,
    pages,
    flat,
    bookmarks,
    info,
    async links(page) {
      const annotations = await (await doc.getPage(page)).getAnnotations();
      return annotations.filter((a) => a.subtype === 'Link' && typeof a.dest === 'string').map((a) => a.dest as string);
    },
  };
}

export interface Placed {
  /** 1-based page. */
  readonly page: number;
  readonly text: string;
  /** Where the run starts and ends, in points from the page's left edge. */
  readonly left: number;
  readonly right: number;
  /** Baseline, in points from the page's bottom edge. */
  readonly y: number;
  /** Set at an angle (the sample's "SAMPLE" watermark), where left and right do not bound it. */
  readonly rotated: boolean;
}

/** Every non-blank text run with its page and place, for checks against the margins. */
export async function placedText(pdf: Uint8Array): Promise<Placed[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  const out: Placed[] = [];
  for (let page = 1; page <= doc.numPages; page++) {
    const content = await (await doc.getPage(page)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      out.push({ page, text: item.str, left: item.transform[4]!, right: item.transform[4]! + item.width, y: item.transform[5]!, rotated: Math.abs(item.transform[1]!) > 0.01 });
    }
  }
  return out;
}

/** Groups text runs by baseline, top to bottom, left to right. */
function toLines(items: readonly TextItem[]): Line[] {
  const rows = new Map<number, TextItem[]>();
  for (const item of items) {
    if (item.str === '') continue;
    const y = Math.round(item.transform[5]! * 2) / 2;
    rows.set(y, [...(rows.get(y) ?? []), item]);
  }
  return [...rows.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([, row]) => {
      const sorted = [...row].sort((a, b) => a.transform[4]! - b.transform[4]!);
      return {
        text: sorted.map((i) => i.str).join(' ').replace(/\s+/g, ' ').trim(),
        size: Math.max(...sorted.map((i) => i.height)),
      };
    })
    .filter((l) => l.text !== '');
}
