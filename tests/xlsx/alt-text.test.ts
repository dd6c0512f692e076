// Every picture and native chart in the workbook carries alternative text:
// the caption written in the cell above it, as its shape name and descr, so
// screen readers read what each shows and Excel's accessibility checker
// passes the pack.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { chartCatalogue } from '../../src/charts/index.js';
import type { Model } from '../../src/types.js';
import { renderWorkbook, type ChartImage } from '../../src/xlsx/index.js';
import { defaultModel, drawingsBySheet, readWorkbook, readZip, regionalModel, tinyPng } from './fixtures.js';

/** A caption with every character XML must escape in an attribute. */
const AWKWARD_CAPTION = `Growth & "share" <by year>, 'est.'`;

const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

interface Shape {
  readonly sheet: string;
  readonly kind: 'pic' | 'graphicFrame';
  /** Raw attribute values as written, still escaped. */
  readonly attrs: ReadonlyMap<string, string>;
  /** The caption cell's text: the cell above the shape's top-left corner. */
  readonly caption: unknown;
}

async function shapesOf(model: Model, images: readonly ChartImage[]): Promise<Shape[]> {
  const bytes = await renderWorkbook(model, { chartImages: images });
  const wb: ExcelJS.Workbook = await readWorkbook(bytes);
  const shapes: Shape[] = [];
  for (const [sheet, drawing] of await drawingsBySheet(await readZip(bytes))) {
    const anchors = [...drawing.xml.matchAll(/<xdr:(?:one|two)CellAnchor\b.*?<\/xdr:(?:one|two)CellAnchor>/g)].map((m) => m[0]);
    // Every shape of the drawing sits in an anchor of its own.
    expect(anchors.length, sheet).toBe(drawing.xml.match(/<xdr:cNvPr /g)!.length);
    for (const anchor of anchors) {
      const col = Number(/<xdr:from><xdr:col>(\d+)<\/xdr:col>/.exec(anchor)![1]);
      const row = Number(/<xdr:row>(\d+)<\/xdr:row>/.exec(anchor)![1]);
      const cNvPr = /<xdr:(pic|graphicFrame)\b.*?<xdr:cNvPr ([^>]*?)\/?>/.exec(anchor)!;
      shapes.push({
        sheet,
        kind: cNvPr[1] as Shape['kind'],
        attrs: new Map([...cNvPr[2]!.matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
        // Zero-based anchor row r is one-based row r: the row above the shape.
        caption: wb.getWorksheet(sheet)!.getCell(row, col + 1).value,
      });
    }
  }
  return shapes;
}

function expectDescribed(shapes: readonly Shape[]): void {
  for (const s of shapes) {
    const where = `${s.sheet} ${s.kind} ${s.attrs.get('id')}`;
    expect(typeof s.caption, where).toBe('string');
    expect(s.caption, where).not.toBe('');
    expect(s.attrs.get('descr'), where).toBe(escaped(s.caption as string));
    expect(s.attrs.get('name'), where).toBe(escaped(s.caption as string));
  }
}

describe('alternative text', () => {
  it('describes every picture and native chart with the caption above it, escaped', async () => {
    const model = defaultModel();
    const png = tinyPng(30, 20);
    const images: ChartImage[] = [
      ...chartCatalogue(model).map((f) => ({ id: f.id, caption: f.caption, png, width: 600, height: 400 })),
      { id: 'market-awkward', caption: AWKWARD_CAPTION, png, width: 300, height: 200 },
    ];
    const shapes = await shapesOf(model, images);
    expect(shapes.filter((s) => s.kind === 'pic')).toHaveLength(images.length);
    // Market size, scenarios, one per segmentation, company shares.
    expect(shapes.filter((s) => s.kind === 'graphicFrame')).toHaveLength(2 + model.segmentations.length + 1);
    expectDescribed(shapes);
    const awkward = shapes.find((s) => s.caption === AWKWARD_CAPTION)!;
    expect(awkward.attrs.get('descr')).toBe('Growth &amp; &quot;share&quot; &lt;by year&gt;, &apos;est.&apos;');
  });

  it('describes the native charts of drawings that hold no picture', async () => {
    const shapes = await shapesOf(regionalModel(), []);
    expect(shapes.length).toBeGreaterThan(0);
    expect(shapes.every((s) => s.kind === 'graphicFrame')).toBe(true);
    expectDescribed(shapes);
  });
});
