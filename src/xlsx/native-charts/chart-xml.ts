// DrawingML chart part (xl/charts/chartN.xml, ECMA-376 Part 1, 21.2) for a
// NativeChartSpec. Series reference the sheet ranges (c:numRef/c:f) and carry
// a cache of the same numbers (c:numCache), which Excel and LibreOffice show
// until they recalculate. Element order follows the schema's sequences
// (CT_Chart, CT_BarChart, CT_LineChart, CT_BarSer, CT_LineSer, CT_CatAx,
// CT_ValAx, CT_Scaling); a misordered element makes Excel call the file corrupt.
import { escapeXml } from '../package/xml.js';
import type { NativeChartSpec, NativeSeries } from './spec.js';

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

// Axis ids only need to be unique within one chart part.
const CAT_AX = 500001;
const VAL_AX = 500002;

const fill = (color: string) => `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
const val = (tag: string, v: string | number) => `<c:${tag} val="${v}"/>`;

function richText(text: string, size: number, bold: boolean): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function title(text: string, size: number): string {
  return `<c:title>${richText(text, size, true)}<c:overlay val="0"/></c:title>`;
}

function seriesName(s: NativeSeries): string {
  if (!s.nameRef) return `<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
  return (
    `<c:tx><c:strRef><c:f>${escapeXml(s.nameRef)}</c:f>` +
    `<c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`
  );
}

function categories(spec: NativeChartSpec): string {
  const f = `<c:f>${escapeXml(spec.categoriesRef)}</c:f>`;
  const count = `<c:ptCount val="${spec.categories.length}"/>`;
  const pts = spec.categories.map((c, i) => `<c:pt idx="${i}"><c:v>${escapeXml(String(c))}</c:v></c:pt>`).join('');
  const numeric = spec.categories.every((c) => typeof c === 'number');
  return numeric
    ? `<c:cat><c:numRef>${f}<c:numCache><c:formatCode>0</c:formatCode>${count}${pts}</c:numCache></c:numRef></c:cat>`
    : `<c:cat><c:strRef>${f}<c:strCache>${count}${pts}</c:strCache></c:strRef></c:cat>`;
}

function values(spec: NativeChartSpec, s: NativeSeries): string {
  // Points without a value are left out of the cache: a gap, as an empty cell would be.
  const pts = s.values.flatMap((v, i) => (v === undefined ? [] : [`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`])).join('');
  return (
    `<c:val><c:numRef><c:f>${escapeXml(s.valuesRef)}</c:f><c:numCache>` +
    `<c:formatCode>${escapeXml(spec.valueFormat)}</c:formatCode><c:ptCount val="${s.values.length}"/>${pts}</c:numCache></c:numRef></c:val>`
  );
}

function barSeries(spec: NativeChartSpec, s: NativeSeries, i: number): string {
  const points = (s.pointColors ?? [])
    .map((p) => `<c:dPt><c:idx val="${p.index}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr>${fill(p.color)}</c:spPr></c:dPt>`)
    .join('');
  return (
    `<c:ser>${val('idx', i)}${val('order', i)}${seriesName(s)}<c:spPr>${fill(s.color)}</c:spPr>` +
    `<c:invertIfNegative val="0"/>${points}${categories(spec)}${values(spec, s)}</c:ser>`
  );
}

function lineSeries(spec: NativeChartSpec, s: NativeSeries, i: number): string {
  return (
    `<c:ser>${val('idx', i)}${val('order', i)}${seriesName(s)}` +
    // CT_LineProperties: the fill, then the dash, then the join.
    `<c:spPr><a:ln w="28575" cap="rnd">${fill(s.color)}${s.dash ? `<a:prstDash val="${s.dash}"/>` : ''}<a:round/></a:ln></c:spPr>` +
    `<c:marker><c:symbol val="${s.marker ?? 'circle'}"/><c:size val="5"/><c:spPr>${fill(s.color)}<a:ln>${fill(s.color)}</a:ln></c:spPr></c:marker>` +
    `${categories(spec)}${values(spec, s)}<c:smooth val="0"/></c:ser>`
  );
}

function plot(spec: NativeChartSpec): string {
  const axes = `${val('axId', CAT_AX)}${val('axId', VAL_AX)}`;
  if (spec.kind === 'line') {
    const series = spec.series.map((s, i) => lineSeries(spec, s, i)).join('');
    return `<c:lineChart>${val('grouping', 'standard')}${val('varyColors', 0)}${series}${val('marker', 1)}${axes}</c:lineChart>`;
  }
  const stacked = spec.kind === 'stacked-column';
  const series = spec.series.map((s, i) => barSeries(spec, s, i)).join('');
  return (
    `<c:barChart>${val('barDir', spec.kind === 'bar' ? 'bar' : 'col')}${val('grouping', stacked ? 'stacked' : 'clustered')}` +
    `${val('varyColors', 0)}${series}${val('gapWidth', 60)}${stacked ? val('overlap', 100) : ''}${axes}</c:barChart>`
  );
}

/**
 * The value axis's CT_Scaling (logBase?, orientation?, max?, min?): the axis
 * reaches zero, as every chart picture's does. Left automatic, Excel and
 * LibreOffice start a column chart of values near the smallest one (195,000
 * for a market of 200,000 to 260,000), so a small dip reads as a collapse.
 * Values all of one sign are pinned at zero on that side; values of both
 * signs (a growth rate that turns negative) already span zero, and the axis
 * stays automatic so that the negatives show. Line charts too: the scenario
 * and regional pictures beside them start at zero.
 */
function valueScaling(spec: NativeChartSpec): string {
  const all = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== undefined));
  const bound = all.every((v) => v >= 0) ? val('min', 0) : all.every((v) => v <= 0) ? val('max', 0) : '';
  return `<c:scaling>${val('orientation', 'minMax')}${bound}</c:scaling>`;
}

function axes(spec: NativeChartSpec): string {
  const horizontal = spec.kind === 'bar';
  // Horizontal bars list the first category at the top, as the table does.
  const catOrientation = horizontal ? 'maxMin' : 'minMax';
  const catAx =
    `<c:catAx>${val('axId', CAT_AX)}<c:scaling>${val('orientation', catOrientation)}</c:scaling>${val('delete', 0)}` +
    `${val('axPos', horizontal ? 'l' : 'b')}<c:numFmt formatCode="General" sourceLinked="1"/>` +
    `${val('majorTickMark', 'out')}${val('minorTickMark', 'none')}${val('tickLblPos', 'low')}` +
    `${val('crossAx', VAL_AX)}${val('crosses', 'autoZero')}${val('auto', 1)}${val('lblAlgn', 'ctr')}${val('lblOffset', 100)}${val('noMultiLvlLbl', 0)}</c:catAx>`;
  const valAx =
    `<c:valAx>${val('axId', VAL_AX)}${valueScaling(spec)}${val('delete', 0)}` +
    `${val('axPos', horizontal ? 'b' : 'l')}<c:majorGridlines><c:spPr><a:ln w="6350">${fill('D9D9D9')}</a:ln></c:spPr></c:majorGridlines>` +
    `${spec.valueAxisTitle ? title(spec.valueAxisTitle, 900) : ''}` +
    `<c:numFmt formatCode="${escapeXml(spec.valueFormat)}" sourceLinked="0"/>` +
    `${val('majorTickMark', 'out')}${val('minorTickMark', 'none')}${val('tickLblPos', 'nextTo')}` +
    // With the categories reversed, the value axis must cross at the last category to stay at the bottom.
    `${val('crossAx', CAT_AX)}${val('crosses', horizontal ? 'max' : 'autoZero')}${val('crossBetween', 'between')}</c:valAx>`;
  return catAx + valAx;
}

export function chartPartXml(spec: NativeChartSpec): string {
  const legend = spec.series.length > 1 ? `<c:legend>${val('legendPos', 'b')}<c:overlay val="0"/></c:legend>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace ${NS}>${val('date1904', 0)}${val('lang', 'en-US')}${val('roundedCorners', 0)}` +
    `<c:chart>${title(spec.title, 1200)}${val('autoTitleDeleted', 0)}<c:plotArea><c:layout/>${plot(spec)}${axes(spec)}</c:plotArea>` +
    `${legend}${val('plotVisOnly', 1)}${val('dispBlanksAs', 'gap')}</c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln>${fill('D9D9D9')}</a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}
