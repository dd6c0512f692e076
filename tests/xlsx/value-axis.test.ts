// A native chart's value axis reaches zero, as the chart pictures' do: left
// automatic, LibreOffice starts the market size columns at 195,000 and a
// small dip looks like a collapse. Values of both signs keep an automatic
// axis, which spans zero and shows the negatives.
import { beforeAll, describe, expect, it } from 'vitest';
import { chartPartXml } from '../../src/xlsx/native-charts/chart-xml.js';
import type { NativeChartKind, NativeChartSpec } from '../../src/xlsx/native-charts/spec.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { drawingsBySheet, readZip, regionalModel } from './fixtures.js';

/** The children of the value axis's <c:scaling>, as tag -> val, in document order. */
function valueScaling(chartXml: string): [string, string][] {
  const scaling = /<c:valAx>.*?<c:scaling>(.*?)<\/c:scaling>/.exec(chartXml)![1]!;
  return [...scaling.matchAll(/<c:(\w+) val="([^"]*)"\/>/g)].map((m) => [m[1]!, m[2]!]);
}

/** CT_Scaling is a sequence: logBase?, orientation?, max?, min?. */
const SCALING_ORDER = ['logBase', 'orientation', 'max', 'min'];
function expectSchemaOrder(children: [string, string][], where: string): void {
  const positions = children.map(([tag]) => SCALING_ORDER.indexOf(tag));
  expect(positions.every((p) => p >= 0), `${where}: ${children.join(' ')}`).toBe(true);
  expect(positions, where).toEqual([...positions].sort((a, b) => a - b));
}

function spec(kind: NativeChartKind, values: readonly number[]): NativeChartSpec {
  return {
    sheet: 'S',
    kind,
    title: 't',
    categoriesRef: "'S'!$A$5:$A$7",
    categories: values.map((_, i) => 2020 + i),
    series: [{ name: 'v', valuesRef: "'S'!$B$5:$B$7", values, color: '112233' }],
    valueFormat: '0.0%',
    caption: 'c',
    altText: 'a',
    anchor: { col: 0, row: 0, cols: 1, rows: 1 },
  };
}

describe('the value axis of every native chart in the pack', () => {
  let charts: Map<string, readonly string[]>;
  beforeAll(async () => {
    const drawings = await drawingsBySheet(await readZip(await renderWorkbook(regionalModel())));
    charts = new Map([...drawings].map(([sheet, d]) => [sheet, d.charts]));
  });

  it('starts at zero when every value is positive: market size, segments, companies, scenarios, regions', () => {
    let seen = 0;
    for (const [sheet, parts] of charts) {
      for (const xml of parts) {
        const children = valueScaling(xml);
        expectSchemaOrder(children, sheet);
        expect(children, sheet).toEqual([['orientation', 'minMax'], ['min', '0']]);
        seen += 1;
      }
    }
    // Market size and scenarios, three segmentations, companies, production, consumption.
    expect(seen).toBe(8);
  });

  it('for the market size columns, whose values lie far from zero', () => {
    const xml = charts.get('Market size')!.find((c) => c.includes('<c:barChart>'))!;
    const values = [...xml.matchAll(/<c:val>.*?<\/c:val>/g)].flatMap((m) => [...m[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])));
    // The case the axis must not zoom into: the smallest column is most of the largest.
    expect(Math.min(...values)).toBeGreaterThan(Math.max(...values) / 3);
    expect(xml).toMatch(/<c:valAx><c:axId val="\d+"\/><c:scaling><c:orientation val="minMax"\/><c:min val="0"\/><\/c:scaling>/);
  });
});

describe('a chart of values of both signs or all negative', () => {
  it('keeps an automatic axis when values of both signs span zero, so negatives show', () => {
    for (const kind of ['column', 'bar', 'line'] as const) {
      const children = valueScaling(chartPartXml(spec(kind, [0.05, -0.03, 0.02])));
      expect(children, kind).toEqual([['orientation', 'minMax']]);
    }
  });

  it('ends at zero when every value is negative or zero', () => {
    const children = valueScaling(chartPartXml(spec('column', [-0.05, -0.03, 0])));
    expectSchemaOrder(children, 'all negative');
    expect(children).toEqual([['orientation', 'minMax'], ['max', '0']]);
  });

  it('starts at zero for growth rates that are all positive', () => {
    expect(valueScaling(chartPartXml(spec('column', [0.05, 0.03, 0.02])))).toEqual([['orientation', 'minMax'], ['min', '0']]);
  });
});
