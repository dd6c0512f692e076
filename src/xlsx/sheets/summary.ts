// Summary sheet: the headline figures, each a formula pointing at the cell
// of the sheet that holds it (so the summary can never disagree with the
// tables), cached with the Model's number. The largest and fastest-growing
// segments are ranked as printed (format/ranking.ts), as the report's text
// ranks them: segments that tie as printed are all named.
import type ExcelJS from 'exceljs';
import { evenGrowth, growthLeaders, largestSegments } from '../../format/ranking.js';
import { lowerCaseTitle } from '../../format/titles.js';
import type { WorkbookContext } from '../context.js';
import { FIRST_DATA_ROW, HEADER_ROW, fitWidth, setWidths, writeFrame, writeHeader } from '../frame.js';
import type { MarketRefs } from './market.js';
import type { SegmentationRefs } from './segmentation.js';

interface SummaryLine {
  readonly label: string;
  readonly segment?: string;
  readonly formula: string;
  readonly result: number;
  /** value: money in currency x unit; rate: growth per year; share: of the market. */
  readonly kind: 'value' | 'rate' | 'share';
}

const UNIT_TEXT = { rate: 'per year', share: 'of market' } as const;

export function buildSummarySheet(
  ctx: WorkbookContext,
  ws: ExcelJS.Worksheet,
  contents: string,
  market: MarketRefs,
  segmentations: ReadonlyMap<string, SegmentationRefs>,
): void {
  const { model, fmt } = ctx;
  const m = model.market;
  const { historical, forecast, full } = m.spans;
  const unit = fmt.unitLabel();
  const lines: SummaryLine[] = [
    { label: `Market size, ${model.baseYear} (base year)`, formula: market.valueCell(model.baseYear), result: m.milestones.base.value, kind: 'value' },
    { label: `Market size, ${model.forecastTo} (forecast)`, formula: market.valueCell(model.forecastTo), result: m.milestones.end.value, kind: 'value' },
    { label: market.absoluteChange.label, formula: market.absoluteChange.cell, result: market.absoluteChange.value, kind: 'value' },
    { label: `CAGR, ${fmt.span(historical.from, historical.to)} (actual)`, formula: market.cagrCells.historical, result: historical.cagr, kind: 'rate' },
    { label: `CAGR, ${fmt.span(forecast.from, forecast.to)} (forecast)`, formula: market.cagrCells.forecast, result: forecast.cagr, kind: 'rate' },
    { label: `CAGR, ${fmt.span(full.from, full.to)} (whole period)`, formula: market.cagrCells.full, result: full.cagr, kind: 'rate' },
  ];
  if (m.scenarios && market.scenarioCagrCells) {
    lines.push(
      { label: `CAGR, ${fmt.span(forecast.from, forecast.to)}, low case`, formula: market.scenarioCagrCells.low, result: m.scenarios.low.cagr, kind: 'rate' },
      { label: `CAGR, ${fmt.span(forecast.from, forecast.to)}, high case`, formula: market.scenarioCagrCells.high, result: m.scenarios.high.cagr, kind: 'rate' },
    );
  }
  // Ranked as the report's text ranks them: every segment whose figures print
  // as the top one's is named, one line each, each line reading its own cell.
  for (const seg of model.segmentations) {
    const refs = segmentations.get(seg.id)!;
    const title = lowerCaseTitle(seg.title);
    const largest = largestSegments(fmt, seg, model.baseYear);
    const leaders = growthLeaders(fmt, seg);
    const tied = (list: readonly unknown[]) => (list.length > 1 ? ' segments (tied)' : ' segment');
    for (const s of largest) {
      lines.push({
        label: `Largest ${title}${tied(largest)}, share ${model.baseYear}`,
        segment: s.name,
        formula: refs.shareCell(s.name, model.baseYear),
        result: s.baseShare,
        kind: 'share',
      });
    }
    // Where even the leaders shrink (as printed), they decline least: a "fastest-growing" -3.0% contradicts itself.
    const growing = fmt.roundPercent(leaders[0]!.cagr) >= 0 ? 'Fastest-growing' : 'Least-declining';
    if (evenGrowth(fmt, seg)) {
      // Every segment at the market's own rate: no ranking, as the report says ("so no segment gains share").
      lines.push({
        label: `Every ${title} segment, CAGR ${fmt.span(forecast.from, forecast.to)} (the market's rate)`,
        segment: 'All segments',
        formula: refs.cagrCell(leaders[0]!.name),
        result: leaders[0]!.cagr,
        kind: 'rate',
      });
      continue;
    }
    for (const s of leaders) {
      lines.push({
        label: `${growing} ${title}${tied(leaders)}, CAGR ${fmt.span(forecast.from, forecast.to)}`,
        segment: s.name,
        formula: refs.cagrCell(s.name),
        result: s.cagr,
        kind: 'rate',
      });
    }
  }

  writeFrame(ctx, ws, {
    title: `${model.title}: summary`,
    note: `Values in ${unit}. Each figure is a formula that reads the cell of the sheet that holds it.`,
    contentsSheet: contents,
  });
  setWidths(ws, [fitWidth(lines.map((l) => l.label), 30, 70), fitWidth(lines.map((l) => l.segment ?? ''), 14, 45), 12, fitWidth([unit, ...Object.values(UNIT_TEXT)].map((t) => `  ${t}`), 10, 26)]);
  writeHeader(ctx, ws, HEADER_ROW, ['Indicator', 'Segment', 'Value', 'Unit']);
  lines.forEach((line, i) => {
    const r = FIRST_DATA_ROW + i;
    ws.getCell(r, 1).value = line.label;
    ws.getCell(r, 2).value = line.segment ?? null;
    const cell = ws.getCell(r, 3);
    cell.value = { formula: line.formula, result: line.result };
    cell.numFmt = line.kind === 'value' ? fmt.excelValueFormat() : fmt.excelPercentFormat();
    // The value sits at the right of its column and the unit at the left of
    // the next: indented, so they never read as one word ("800,400USD thousand").
    const unitCell = ws.getCell(r, 4);
    unitCell.value = line.kind === 'value' ? unit : UNIT_TEXT[line.kind];
    unitCell.alignment = { horizontal: 'left', indent: 1 };
  });
}
