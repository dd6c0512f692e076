// Every picture and native chart in the workbook carries alternative text,
// so screen readers read what each shows and Excel's accessibility checker
// passes the pack. Each shape is named by the caption written in the cell
// above it. A picture's descr is that caption (the figure's title); a native
// chart's is its own title and the kind of chart ("...: editable line chart
// of A and B"), not its caption ("Scenarios (editable chart)"), which says
// neither what it shows nor how.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { chartCatalogue } from '../../src/charts/index.js';
import type { Model } from '../../src/types.js';
import { renderWorkbook, type ChartImage } from '../../src/xlsx/index.js';
import { defaultModel, drawingsBySheet, readWorkbook, readZip, regionalModel, seriesColours, tinyPng, xmlText } from './fixtures.js';

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
  /** A native chart's part. */
  readonly chart?: string;
}

async function shapesOf(model: Model, images: readonly ChartImage[]): Promise<Shape[]> {
  const bytes = await renderWorkbook(model, { chartImages: images });
  const wb: ExcelJS.Workbook = await readWorkbook(bytes);
  const shapes: Shape[] = [];
  for (const [sheet, drawing] of await drawingsBySheet(await readZip(bytes))) {
    const anchors = [...drawing.xml.matchAll(/<xdr:(?:one|two)CellAnchor\b.*?<\/xdr:(?:one|two)CellAnchor>/g)].map((m) => m[0]);
    // Every shape of the drawing sits in an anchor of its own.
    expect(anchors.length, sheet).toBe(drawing.xml.match(/<xdr:cNvPr /g)!.length);
    // Chart parts come in the order of their frames.
    const charts = [...drawing.charts];
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
        ...(cNvPr[1] === 'graphicFrame' ? { chart: charts.shift()! } : {}),
      });
    }
  }
  return shapes;
}

/** What a chart part draws, read from its XML: "stacked column chart", "bar chart", "line chart"... */
function chartKind(xml: string): string {
  if (xml.includes('<c:lineChart>')) return 'line chart';
  const bars = /<c:barDir val="(\w+)"\/><c:grouping val="(\w+)"\/>/.exec(xml)!;
  return `${bars[2] === 'stacked' ? 'stacked ' : ''}${bars[1] === 'bar' ? 'bar' : 'column'} chart`;
}

function expectDescribed(shapes: readonly Shape[]): void {
  for (const s of shapes) {
    const where = `${s.sheet} ${s.kind} ${s.attrs.get('id')}`;
    expect(typeof s.caption, where).toBe('string');
    expect(s.caption, where).not.toBe('');
    expect(s.attrs.get('name'), where).toBe(escaped(s.caption as string));
    if (s.kind === 'pic') {
      expect(s.attrs.get('descr'), where).toBe(escaped(s.caption as string));
      continue;
    }
    // A native chart: its title, then the kind of chart and, when there are several, its series.
    const descr = xmlText(s.attrs.get('descr')!);
    const title = xmlText(/<c:chart><c:title>.*?<a:t>([^<]*)<\/a:t>/.exec(s.chart!)![1]!);
    const series = seriesColours(s.chart!).map((x) => x.name);
    const head = `${title}: editable ${chartKind(s.chart!)}`;
    if (series.length === 1) expect(descr, where).toBe(head);
    else {
      expect(descr.startsWith(`${head} of `), `${where}: ${descr}`).toBe(true);
      for (const name of series) expect(descr, `${where}: series ${name}`).toContain(name);
    }
  }
}

describe('alternative text', () => {
  it('describes every picture by its caption and every native chart by its title and kind, escaped', async () => {
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
