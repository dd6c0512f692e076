// The workbook's shape: sheets in Contents order, links to every sheet and
// back, frozen headers, autofilters, sheets present only with their data,
// report pictures next to their tables, byte-identical output.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Model } from '../../src/types.js';
import { renderWorkbook, type ChartImage } from '../../src/xlsx/index.js';
import { defaultModel, modelWithoutScenarios, readWorkbook, readZip, regionalModel, tinyPng } from './fixtures.js';

let model: Model;
let bytes: Buffer;

const png = tinyPng(40, 24);
const image = (id: string): ChartImage => ({ id, caption: `Figure ${id}`, png, width: 800, height: 450 });

beforeAll(async () => {
  model = defaultModel();
  bytes = await renderWorkbook(model);
});

async function sheetXml(buf: Buffer, sheetName: string): Promise<string> {
  const zip = await readZip(buf);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const escaped = sheetName.replace(/&/g, '&amp;').replace(/'/g, '&apos;');
  const rid = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  return zip.file(`xl/${target}`)!.async('string');
}

describe('sheets', () => {
  it('are Contents, Summary, Market size, one per segmentation, Companies', async () => {
    const wb = await readWorkbook(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Contents', 'Summary', 'Market size', 'By Type', 'By Application', 'By Region', 'Companies']);
  });

  it('gain production, consumption and price sheets with regional data', async () => {
    const wb = await readWorkbook(await renderWorkbook(regionalModel()));
    expect(wb.worksheets.map((w) => w.name).slice(-3)).toEqual(['Production by region', 'Consumption by region', 'Average price']);
  });

  it('leave out the scenario table, its chart and its summary lines when the dataset has no scenarios', async () => {
    const bytes = await renderWorkbook(modelWithoutScenarios());
    const wb = await readWorkbook(bytes);
    const texts = (name: string) => wb.getWorksheet(name)!.getColumn(1).values.map(String);
    expect(texts('Market size').some((t) => t.startsWith('Scenarios'))).toBe(false);
    expect(texts('Summary').some((t) => t.includes('low case'))).toBe(false);
    const zip = await readZip(bytes);
    const charts = Object.keys(zip.files).filter((n) => n.startsWith('xl/charts/'));
    expect(charts).toHaveLength(1 + 3 + 1);
  });

  it('freeze the header row of a one-table sheet, the label column of the others, and filter the main table', async () => {
    const wb = await readWorkbook(bytes);
    const below = ['Market size', ...model.segmentations.map((s) => `By ${s.title}`), 'Companies'];
    for (const ws of wb.worksheets.filter((w) => w.name !== 'Contents')) {
      if (below.includes(ws.name)) expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', xSplit: ws.name === 'Companies' ? 2 : 1, ySplit: 0 });
      else expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 4 });
    }
    expect(wb.getWorksheet('Market size')!.autoFilter).toBe(`A4:D${4 + model.years.length}`);
    expect(wb.getWorksheet('By Type')!.autoFilter).toBe(`A4:E${4 + model.years.length}`);
    expect(wb.getWorksheet('Market size')!.getColumn(2).width).toBeGreaterThan(10);
  });

  it('freeze panes only under a header row, so the Charts sheet freezes nothing', async () => {
    // Regional sheets and an unclaimed picture: every kind of sheet the pack has.
    const wb = await readWorkbook(await renderWorkbook(regionalModel(), { chartImages: [image('something-else')] }));
    expect(wb.getWorksheet('Charts')).toBeDefined();
    for (const ws of wb.worksheets) {
      const view = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
      if (view?.state !== 'frozen' || !view.ySplit) continue;
      // The last frozen row holds the header: a label in the first column, set in the header font.
      const corner = ws.getCell(view.ySplit, 1);
      expect(typeof corner.value, `${ws.name} row ${view.ySplit}`).toBe('string');
      expect(corner.font?.bold, `${ws.name} row ${view.ySplit}`).toBe(true);
      // And it is the sheet's only header: no table below scrolls under a header that is not its own
      // ("Hospitals (USD billion)" above shares, "Actual / forecast" above the scenarios).
      for (let r = view.ySplit + 1; r <= ws.rowCount; r++) {
        const fill = ws.getCell(r, 1).fill as { fgColor?: { argb?: string } } | undefined;
        expect(fill?.fgColor?.argb === (corner.fill as { fgColor?: { argb?: string } }).fgColor?.argb && ws.getCell(r, 1).font?.bold, `${ws.name} row ${r}`).not.toBe(true);
      }
    }
    expect(wb.getWorksheet('Charts')!.views?.[0]?.state ?? 'normal').not.toBe('frozen');
  });
});

describe('summary', () => {
  it('sets each unit apart from the value beside it ("800,400  USD thousand", not "800,400USD thousand")', async () => {
    const ws = (await readWorkbook(bytes)).getWorksheet('Summary')!;
    let lines = 0;
    for (let r = 5; r <= ws.rowCount; r++) {
      if (ws.getCell(r, 3).value === null) continue;
      lines += 1;
      // The value is right-aligned (a number's default) against the unit's column: the unit keeps a gap.
      expect(ws.getCell(r, 3).alignment?.horizontal ?? 'right', `row ${r}`).toBe('right');
      expect(ws.getCell(r, 4).alignment, `row ${r}`).toMatchObject({ horizontal: 'left', indent: 1 });
    }
    expect(lines).toBeGreaterThan(5);
  });
});

describe('links', () => {
  it('go from Contents to the first cell of every other sheet, as in-workbook locations', async () => {
    const xml = await sheetXml(bytes, 'Contents');
    const locations = [...xml.matchAll(/<hyperlink ([^>]*)\/>/g)].map((m) => m[1]!);
    const wb = await readWorkbook(bytes);
    const others = wb.worksheets.map((w) => w.name).filter((n) => n !== 'Contents');
    expect(locations.map((l) => /location="([^"]*)"/.exec(l)![1])).toEqual(others.map((n) => `&apos;${n}&apos;!A1`));
    // No relationship: an r:id would make Excel treat the link as a file path.
    for (const l of locations) expect(l).not.toContain('r:id');
  });

  it('go back to Contents from every other sheet', async () => {
    const wb = await readWorkbook(bytes);
    for (const ws of wb.worksheets.filter((w) => w.name !== 'Contents')) {
      const xml = await sheetXml(bytes, ws.name);
      expect(xml, ws.name).toMatch(/<hyperlink ref="A2" location="&apos;Contents&apos;!A1"\/>/);
    }
  });
});

describe('report pictures', () => {
  it('sit on the sheet of their table, unclaimed ones on a Charts sheet', async () => {
    const ids = ['market-size', 'market-growth', 'scenarios', 'segment-value-type', 'segment-share-application', 'company-share', 'something-else'];
    const wb = await readWorkbook(await renderWorkbook(model, { chartImages: ids.map(image) }));
    const count = (name: string) => wb.getWorksheet(name)!.getImages().length;
    expect(count('Market size')).toBe(3);
    expect(count('By Type')).toBe(1);
    expect(count('By Application')).toBe(1);
    expect(count('By Region')).toBe(0);
    expect(count('Companies')).toBe(1);
    expect(count('Charts')).toBe(1);
    // Each picture keeps its aspect ratio and sits right of the table (column F onwards on the market sheet).
    const first = wb.getWorksheet('Market size')!.getImages()[0]!;
    expect(first.range.tl.nativeCol).toBe(5);
    expect((first.range as unknown as { ext: object }).ext).toMatchObject({ width: 512, height: 288 });
  });
});

describe('bytes', () => {
  it('are identical for the same input, with and without pictures', async () => {
    expect((await renderWorkbook(model)).equals(bytes)).toBe(true);
    const options = { chartImages: [image('market-size'), image('segment-value-type')] };
    const a = await renderWorkbook(model, options);
    const b = await renderWorkbook(model, options);
    expect(a.equals(b)).toBe(true);
  });

  it('carry the edition date, not the clock, in docProps and zip entries', async () => {
    const zip = await readZip(bytes);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${model.dataset.published}T00:00:00Z</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${model.dataset.published}T00:00:00Z</dcterms:modified>`);
    const files = Object.values(zip.files);
    expect(files.some((f) => f.dir)).toBe(false);
    for (const f of files) expect(f.date.toISOString().slice(0, 10), f.name).toBe(model.dataset.published);
    expect(files[0]!.name).toBe('[Content_Types].xml');
  });
});
