// Native charts: chart parts written after exceljs, wired through drawings,
// relationships and content types, merged with exceljs's own drawing when
// the sheet also has pictures, and bound to sheet ranges that hold exactly
// the numbers cached in the chart.
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Model } from '../../src/types.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { defaultModel, numberIn, readWorkbook, readZip, regionalModel, tinyPng } from './fixtures.js';

let model: Model;
let zip: JSZip;
let wb: ExcelJS.Workbook;

const png = tinyPng(30, 20);

beforeAll(async () => {
  model = defaultModel();
  const bytes = await renderWorkbook(model, { chartImages: [{ id: 'market-size', caption: 'Market size', png, width: 600, height: 400 }] });
  zip = await readZip(bytes);
  wb = await readWorkbook(bytes);
});

const text = (path: string) => zip.file(path)!.async('string');
const unescape = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Start and end tags nest properly: enough to catch a broken splice. */
function expectWellFormed(xml: string, name: string): void {
  const stack: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<\?xml[^>]*\?>/g)) {
    if (!m[2]) continue;
    if (m[1]) expect(stack.pop(), `${name}: </${m[2]}>`).toBe(m[2]);
    else if (!m[4]) stack.push(m[2]);
  }
  expect(stack, name).toEqual([]);
}

/** The worksheet part path of every sheet, by name. */
async function sheetPaths(): Promise<Map<string, string>> {
  const workbook = await text('xl/workbook.xml');
  const rels = await text('xl/_rels/workbook.xml.rels');
  const map = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="(rId\d+)"/g)) {
    map.set(unescape(m[1]!), `xl/${new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`);
  }
  return map;
}

/** Values of an A1 range like 'Market size'!$B$5:$B$17, read back with exceljs (cached results for formulas). */
function rangeValues(ref: string): (number | string | undefined)[] {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref)!;
  const ws = wb.getWorksheet(m[1]!.replace(/''/g, "'"))!;
  const out: (number | string | undefined)[] = [];
  for (let r = Number(m[3]); r <= Number(m[5]); r++) {
    const cell = ws.getCell(`${m[2]}${r}`);
    out.push(numberIn(cell) ?? (typeof cell.value === 'string' ? cell.value : undefined));
  }
  return out;
}

describe('chart parts', () => {
  it('exist, are declared in [Content_Types].xml and are well-formed', async () => {
    const charts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).sort();
    // Market size, scenarios, one per segmentation, company shares.
    expect(charts.length).toBe(2 + model.segmentations.length + 1);
    expect(charts).toContain('xl/charts/chart1.xml');
    const types = await text('[Content_Types].xml');
    for (const c of charts) {
      expect(types).toContain(`<Override PartName="/${c}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
      expectWellFormed(await text(c), c);
    }
  });

  it('are each referenced by a drawing that its worksheet references', async () => {
    const paths = await sheetPaths();
    const referenced = new Set<string>();
    for (const [name, sheetPath] of paths) {
      const rels = zip.file(sheetPath.replace('worksheets/', 'worksheets/_rels/') + '.rels');
      if (!rels) continue;
      const relsXml = await rels.async('string');
      const drawingRel = /<Relationship Id="(rId\d+)" Type="[^"]*\/drawing" Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(relsXml);
      if (!drawingRel) continue;
      const sheetXml = await text(sheetPath);
      expect(sheetXml, name).toContain(`<drawing r:id="${drawingRel[1]}"/>`);
      expectWellFormed(sheetXml, sheetPath);
      const drawing = await text(`xl/drawings/${drawingRel[2]}`);
      expectWellFormed(drawing, drawingRel[2]!);
      const drawingRels = await text(`xl/drawings/_rels/${drawingRel[2]}.rels`);
      for (const m of drawingRels.matchAll(/Id="(rId\d+)" Type="[^"]*\/chart" Target="\.\.\/charts\/(chart\d+\.xml)"/g)) {
        expect(drawing, `${name} frame for ${m[2]}`).toMatch(new RegExp(`<c:chart [^>]*r:id="${m[1]}"/>`));
        referenced.add(`xl/charts/${m[2]}`);
      }
    }
    const charts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(referenced.size).toBeGreaterThan(0);
    expect([...referenced].sort()).toEqual(charts.sort());
  });

  it("join exceljs's picture drawing on the market sheet instead of replacing it", async () => {
    const paths = await sheetPaths();
    const rels = await text(paths.get('Market size')!.replace('worksheets/', 'worksheets/_rels/') + '.rels');
    expect(rels.match(/\/relationships\/drawing"/g)).toHaveLength(1);
    const drawingName = /Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(rels)![1]!;
    const drawing = await text(`xl/drawings/${drawingName}`);
    expect(drawing).toContain('<xdr:pic>');
    expect(drawing.match(/<xdr:graphicFrame /g)).toHaveLength(2);
    const shapeIds = [...drawing.matchAll(/<xdr:cNvPr id="(\d+)"/g)].map((m) => m[1]);
    expect(shapeIds).toHaveLength(3);
    expect(new Set(shapeIds).size).toBe(shapeIds.length);
    // The picture's own relationship survives next to the chart ones.
    const drawingRels = await text(`xl/drawings/_rels/${drawingName}.rels`);
    expect(drawingRels).toMatch(/\/relationships\/image" Target="\.\.\/media\/image1\.png"/);
  });
});

describe('series', () => {
  it('bind the market size chart to the year and value columns of the market sheet', async () => {
    const chart = await text('xl/charts/chart1.xml');
    expect(chart).toContain('<c:barChart><c:barDir val="col"/>');
    const refs = [...chart.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => unescape(m[1]!));
    const last = 4 + model.years.length;
    expect(refs).toEqual([`'Market size'!$A$5:$A$${last}`, `'Market size'!$B$5:$B$${last}`]);
  });

  it('bind one stacked series per segment on each segmentation sheet', async () => {
    for (const seg of model.segmentations) {
      const charts = (await Promise.all(Object.keys(zip.files).filter((n) => n.startsWith('xl/charts/')).map((n) => text(n)))).map(unescape);
      const chart = charts.find((c) => c.includes(`'By ${seg.title}'!$B$5`))!;
      expect(chart, seg.id).toContain('<c:grouping val="stacked"/>');
      expect(chart.match(/<c:ser>/g)).toHaveLength(seg.segments.length);
    }
  });

  it('cache exactly the numbers their ranges hold', async () => {
    let checked = 0;
    for (const name of Object.keys(zip.files).filter((n) => n.startsWith('xl/charts/'))) {
      const chart = await text(name);
      for (const ser of chart.matchAll(/<c:ser>(.*?)<\/c:ser>/g)) {
        for (const part of ser[1]!.matchAll(/<c:(cat|val)><c:(?:num|str)Ref><c:f>([^<]+)<\/c:f><c:(?:num|str)Cache>(.*?)<\/c:(?:num|str)Cache>/g)) {
          const inSheet = rangeValues(unescape(part[2]!));
          const cached: (string | undefined)[] = inSheet.map(() => undefined);
          for (const pt of part[3]!.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)) cached[Number(pt[1])] = unescape(pt[2]!);
          const count = Number(/<c:ptCount val="(\d+)"\/>/.exec(part[3]!)![1]);
          expect(count, `${name} ${part[2]}`).toBe(inSheet.length);
          inSheet.forEach((v, i) => {
            if (typeof v === 'number') expect(Number(cached[i]), `${name} ${part[2]}[${i}]`).toBeCloseTo(v, 12);
            else expect(cached[i], `${name} ${part[2]}[${i}]`).toBe(v);
          });
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('sheets without pictures', () => {
  it('get a new drawing part placed where the worksheet schema wants it', async () => {
    const bytes = await renderWorkbook(regionalModel());
    const z = await readZip(bytes);
    const drawings = Object.keys(z.files).filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
    // Market, three segmentations, companies, production, consumption: no pictures, all charts.
    expect(drawings).toHaveLength(7);
    const types = await z.file('[Content_Types].xml')!.async('string');
    for (const d of drawings) expect(types).toContain(`<Override PartName="/${d}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
    const sheets = Object.keys(z.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    for (const s of sheets) {
      const xml = await z.file(s)!.async('string');
      if (!xml.includes('<drawing ')) continue;
      // <drawing> follows the page setup and comes last here (no legacy drawing or tables).
      expect(xml, s).toMatch(/<pageSetup [^>]*\/>(<headerFooter.*?<\/headerFooter>)?<drawing r:id="rId\d+"\/><\/worksheet>$/);
    }
  });
});
