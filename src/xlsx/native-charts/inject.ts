// Adds native charts to the package exceljs wrote (exceljs cannot write
// charts: exceljs issue 141). For each sheet with charts: reuse the sheet's
// drawing when exceljs made one for pictures, else create a drawing part and
// reference it from the sheet; then add one chart part per chart, a
// relationship from the drawing, an anchor in the drawing, and content-type
// overrides. Part numbers continue after the ones exceljs used.
import type JSZip from 'jszip';
import { addContentTypeOverride, CONTENT_TYPES, nextRelId, parseRels, relsPathOf, REL_TYPES, resolveTarget, writeRels } from '../package/rels.js';
import { sheetParts } from '../package/workbook-parts.js';
import { chartPartXml } from './chart-xml.js';
import { chartAnchorXml, emptyDrawingXml, maxShapeId } from './drawing-xml.js';
import type { NativeChartSpec } from './spec.js';

// Elements that follow <drawing> in CT_Worksheet; a new <drawing> goes before the first present.
const AFTER_DRAWING = ['<legacyDrawing ', '<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async('string');
}

function highestNumber(zip: JSZip, pattern: RegExp): number {
  return Object.keys(zip.files).reduce((m, name) => Math.max(m, Number(pattern.exec(name)?.[1] ?? 0)), 0);
}

export async function addNativeCharts(zip: JSZip, charts: readonly NativeChartSpec[]): Promise<void> {
  if (charts.length === 0) return;
  const sheets = await sheetParts(zip);
  let contentTypes = (await text(zip, '[Content_Types].xml'))!;
  let chartNo = highestNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);
  let drawingNo = highestNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);

  const bySheet = new Map<string, NativeChartSpec[]>();
  for (const chart of charts) bySheet.set(chart.sheet, [...(bySheet.get(chart.sheet) ?? []), chart]);

  for (const [sheetName, sheetCharts] of bySheet) {
    const sheetPath = sheets.get(sheetName);
    if (!sheetPath) throw new Error(`native chart on unknown sheet "${sheetName}"`);
    const sheetRelsPath = relsPathOf(sheetPath);
    const sheetRels = parseRels(await text(zip, sheetRelsPath));
    const existing = sheetRels.find((r) => r.type === REL_TYPES.drawing);
    let drawingPath: string;
    if (existing) {
      drawingPath = resolveTarget(sheetPath, existing.target);
    } else {
      drawingNo += 1;
      drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
      const relId = nextRelId(sheetRels);
      zip.file(sheetRelsPath, writeRels([...sheetRels, { id: relId, type: REL_TYPES.drawing, target: `../drawings/drawing${drawingNo}.xml` }]));
      const sheetXml = (await text(zip, sheetPath))!;
      const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
      zip.file(sheetPath, `${sheetXml.slice(0, at)}<drawing r:id="${relId}"/>${sheetXml.slice(at)}`);
      zip.file(drawingPath, emptyDrawingXml());
      contentTypes = addContentTypeOverride(contentTypes, `/${drawingPath}`, CONTENT_TYPES.drawing);
    }

    const drawingRelsPath = relsPathOf(drawingPath);
    const drawingRels = parseRels(await text(zip, drawingRelsPath));
    let drawingXml = (await text(zip, drawingPath))!;
    let shapeId = maxShapeId(drawingXml);
    const anchors: string[] = [];
    for (const chart of sheetCharts) {
      chartNo += 1;
      const chartPath = `xl/charts/chart${chartNo}.xml`;
      zip.file(chartPath, chartPartXml(chart));
      contentTypes = addContentTypeOverride(contentTypes, `/${chartPath}`, CONTENT_TYPES.chart);
      const relId = nextRelId(drawingRels);
      drawingRels.push({ id: relId, type: REL_TYPES.chart, target: `../charts/chart${chartNo}.xml` });
      shapeId += 1;
      anchors.push(chartAnchorXml(chart.anchor, relId, shapeId, chart.caption, chart.altText));
    }
    drawingXml = drawingXml.replace('</xdr:wsDr>', `${anchors.join('')}</xdr:wsDr>`);
    zip.file(drawingPath, drawingXml);
    zip.file(drawingRelsPath, writeRels(drawingRels));
  }
  zip.file('[Content_Types].xml', contentTypes);
}
