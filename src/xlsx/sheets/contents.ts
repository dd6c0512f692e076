// Contents sheet: what the pack is (title, publisher, edition, unit) and one
// hyperlink per sheet to its first cell. The other sheets link back here.
import type ExcelJS from 'exceljs';
import { internalLink } from '../cells.js';
import type { WorkbookContext } from '../context.js';
import { fitWidth, setWidths, styles, writeHeader } from '../frame.js';
import type { SheetPlan } from '../plan.js';

export function buildContentsSheet(ctx: WorkbookContext, ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  const { model, fmt } = ctx;
  const st = styles(ctx);
  const publisher = model.dataset.publisher;
  const facts: [string, string][] = [
    ['Publisher', publisher.name],
    ['Edition', fmt.date(model.dataset.published)],
    ['Values', `${fmt.unitLabel()}; shares and growth rates in percent`],
    ['Periods', `${fmt.span(model.firstYear, model.baseYear)} actual, ${fmt.span(model.baseYear + 1, model.forecastTo)} forecast`],
    ...(publisher.website ? ([['Website', publisher.website]] as [string, string][]) : []),
  ];
  const listed = plan.sheets.filter((s) => s.name !== plan.contents);
  ws.getCell(1, 1).value = model.title;
  ws.getCell(1, 1).font = st.title;
  let r = 2;
  if (model.dataset.subtitle) {
    ws.getCell(r, 1).value = model.dataset.subtitle;
    ws.getCell(r, 1).font = st.note;
    r += 1;
  }
  r += 1;
  for (const [label, text] of facts) {
    ws.getCell(r, 1).value = label;
    ws.getCell(r, 1).font = { bold: true };
    ws.getCell(r, 2).value = text;
    r += 1;
  }
  r += 1;
  const headerRow = r;
  setWidths(ws, [fitWidth([...facts.map(([l]) => l), ...listed.map((s) => s.name)], 14, 34), fitWidth([...facts.map(([, t]) => t), ...listed.map((s) => s.description)], 40, 100)]);
  writeHeader(ctx, ws, headerRow, ['Sheet', 'Contents']);
  listed.forEach((sheet, i) => {
    const row = headerRow + 1 + i;
    const link = ws.getCell(row, 1);
    link.value = { text: sheet.name, hyperlink: internalLink(sheet.name) };
    link.font = st.link;
    ws.getCell(row, 2).value = sheet.description;
  });
  ws.views = [{ state: 'normal', showGridLines: false }];
}
