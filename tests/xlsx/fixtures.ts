// Shared test inputs: the default dataset's Model, a variant with regional
// data, a small valid PNG, and read-back helpers for the rendered workbook.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { assemblePng, PNG_COLOR } from '../../src/charts/png-encode.js';
import { buildModel } from '../../src/forecast/index.js';
import { validateDataset } from '../../src/load/index.js';
import type { Model } from '../../src/types.js';

const DEFAULT_DATASET = new URL('../../data/medical-second-opinion.json', import.meta.url);

function readDataset(): Record<string, any> {
  return JSON.parse(readFileSync(DEFAULT_DATASET, 'utf8'));
}

function modelOf(json: unknown): Model {
  const result = validateDataset(json);
  if (!result.value) throw new Error(`fixture invalid: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return buildModel(result.value);
}

export function defaultModel(): Model {
  return modelOf(readDataset());
}

/** The default dataset as `edit` changes it (the parsed JSON, before validation). */
export function editedModel(edit: (json: Record<string, any>) => void): Model {
  const json = readDataset();
  edit(json);
  return modelOf(json);
}

/** The default dataset without low/high scenarios. */
export function modelWithoutScenarios(): Model {
  const json = readDataset();
  delete json.market.scenarios;
  return modelOf(json);
}

/**
 * The default dataset plus regionalData over the history years: production
 * and consumption for every region segment, and an average price for two
 * type segments. `edit` may change the regionalData before the Model is built.
 */
export function regionalModel(edit?: (regionalData: Record<string, any>) => void): Model {
  const json = readDataset();
  const years: number[] = json.market.history.map((h: { year: number }) => h.year);
  const regions: string[] = json.segmentations.find((s: { kind: string }) => s.kind === 'region').segments.map((s: { name: string }) => s.name);
  const series = (start: number, step: number) => years.map((year, k) => ({ year, value: Number((start + k * step).toFixed(3)) }));
  json.regionalData = {
    // Small enough that together the regions consume less than the market (validation rejects more). The
    // first region runs short, the second breaks even in the first year, the others have a surplus.
    production: Object.fromEntries(regions.map((r, i) => [r, series(0.125 + i * 0.075, 0.0125)])),
    consumption: Object.fromEntries(regions.map((r, i) => [r, series(0.15 + i * 0.05, 0.01)])),
    averagePrice: { Hospitals: series(120, 3.5), 'Health Insurance Companies': series(80, 1.25) },
  };
  edit?.(json.regionalData);
  return modelOf(json);
}

// ---------------------------------------------------------------- PNG

/** A valid RGB PNG of the given size, a gradient so it is not blank. */
export function tinyPng(width: number, height: number): Uint8Array {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) row.set([(x * 255) / width, (y * 255) / height, 160], 1 + x * 3);
    rows.push(row);
  }
  return assemblePng(width, height, PNG_COLOR.rgb, deflateSync(Buffer.concat(rows)));
}

// ---------------------------------------------------------------- read-back

export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

export async function readZip(bytes: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

/** The number a cell holds: its value, or its cached result when it is a formula. */
export function numberIn(cell: ExcelJS.Cell): number | undefined {
  const v = cell.value;
  if (typeof v === 'number') return v;
  // cell.result, not value.result: exceljs's value getter drops a cached result of 0.
  if (v && typeof v === 'object' && 'formula' in v && typeof cell.result === 'number') return cell.result;
  return undefined;
}

export function formulaOf(cell: ExcelJS.Cell): string | undefined {
  const v = cell.value;
  return v && typeof v === 'object' && 'formula' in v ? v.formula : undefined;
}

/** Every cell of the sheet, row by row. */
export function cellsOf(ws: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => void cells.push(cell)));
  return cells;
}

/** Finds the first row from `fromRow` whose cell in `col` holds `label` (a year or a text label). */
export function rowWhere(ws: ExcelJS.Worksheet, label: string | number, fromRow = 1, col = 1): number {
  for (let r = fromRow; r <= ws.rowCount; r++) if (ws.getCell(r, col).value === label) return r;
  throw new Error(`no row "${label}" in ${ws.name} from row ${fromRow}`);
}

/** Finds the column whose header cell (in `row`) starts with `label`. */
export function colWhere(ws: ExcelJS.Worksheet, row: number, label: string): number {
  for (let c = 1; c <= ws.columnCount; c++) if (String(ws.getCell(row, c).value ?? '').startsWith(label)) return c;
  throw new Error(`no column "${label}" in ${ws.name} row ${row}`);
}

// ---------------------------------------------------------------- drawings

export interface SheetDrawing {
  /** e.g. "xl/drawings/drawing1.xml" */
  readonly path: string;
  readonly xml: string;
  /** Chart parts the drawing's frames show, in the order the frames appear. */
  readonly charts: readonly string[];
}

/** Text as written in XML, unescaped. */
export const xmlText = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The drawing part of every sheet that has one, by sheet name, with the XML of its chart parts. */
export async function drawingsBySheet(zip: JSZip): Promise<Map<string, SheetDrawing>> {
  const text = (path: string) => zip.file(path)!.async('string');
  const workbook = await text('xl/workbook.xml');
  const workbookRels = await text('xl/_rels/workbook.xml.rels');
  const out = new Map<string, SheetDrawing>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="(rId\d+)"/g)) {
    const sheetPath = `xl/${new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(workbookRels)![1]}`;
    const rels = zip.file(sheetPath.replace('worksheets/', 'worksheets/_rels/') + '.rels');
    const target = rels && /Type="[^"]*\/drawing" Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(await rels.async('string'));
    if (!target) continue;
    const path = `xl/drawings/${target[1]}`;
    const xml = await text(path);
    const drawingRels = await text(`xl/drawings/_rels/${target[1]}.rels`);
    const chartOf = new Map([...drawingRels.matchAll(/Id="(rId\d+)" Type="[^"]*\/chart" Target="\.\.\/charts\/(chart\d+\.xml)"/g)].map((r) => [r[1]!, `xl/charts/${r[2]}`]));
    const charts = await Promise.all([...xml.matchAll(/<c:chart [^>]*r:id="(rId\d+)"\/>/g)].map((c) => text(chartOf.get(c[1]!)!)));
    out.set(xmlText(m[1]!), { path, xml, charts });
  }
  return out;
}

export interface NativeSeriesColours {
  readonly name: string;
  /** RRGGBB of the series' fill (bars) or line. */
  readonly color: string;
  /** RRGGBB per point index, where a point is coloured on its own. */
  readonly points: ReadonlyMap<number, string>;
  readonly categories: readonly string[];
}

/** Name, colour, per-point colours and category labels of every series of a chart part. */
export function seriesColours(chartXml: string): NativeSeriesColours[] {
  return [...chartXml.matchAll(/<c:ser>(.*?)<\/c:ser>/g)].map((m) => {
    const ser = m[1]!;
    const tx = /<c:tx>(.*?)<\/c:tx>/.exec(ser)![1]!;
    const afterName = ser.slice(ser.indexOf('</c:tx>'));
    const points = new Map([...ser.matchAll(/<c:dPt><c:idx val="(\d+)"\/>.*?<a:srgbClr val="(\w+)"\/>.*?<\/c:dPt>/g)].map((p) => [Number(p[1]), p[2]!]));
    const cat = /<c:cat>(.*?)<\/c:cat>/.exec(ser)?.[1] ?? '';
    return {
      name: xmlText(/<c:v>([^<]*)<\/c:v>/.exec(tx)![1]!),
      color: /<a:srgbClr val="(\w+)"\/>/.exec(afterName)![1]!,
      points,
      categories: [...cat.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => xmlText(v[1]!)),
    };
  });
}
