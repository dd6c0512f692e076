// Horizontal bars, one per category (segment, company, region): the layout for
// every chart whose categories have names, since names read best on the left
// and wrap there instead of being cut or rotated.
import type { ChartContext } from '../context.js';
import { horizontalBarBackdrop, NO_LABELS, type LabelLayers } from '../label-backdrop.js';
import { wrapLabel } from '../labels.js';
import { CATEGORY_PADDING, categoryAxis, categoryStep, valueAxisSpec, valueScale, type VlSpec } from '../spec-base.js';
import { resolutionOf, valueAxis, withLabelRoom } from '../value-axis.js';

export interface CategoryBar {
  readonly name: string;
  readonly value: number;
  readonly color: string;
}

export interface CategoryBarsRequest {
  readonly bars: readonly CategoryBar[];
  readonly format: (v: number) => string;
  readonly resolution: number;
  readonly axisTitle: string | null;
  /**
   * The axis never runs past this value (100% for shares), even where a value
   * label wants the room: the label then reaches past the axis end, and the
   * plot narrows to keep it inside the figure.
   */
  readonly ceiling?: number;
}

/** Characters per label line before wrapping: about 150 px at 9 px Roboto, under a third of the width. */
export const LABEL_LINE_CHARS = 30;
// Approximate plot width once the label column is taken; only sizes the headroom for value labels.
const APPROX_PLOT_PX = 330;
const VALUE_LABEL_PX = 38;

export function categoryBarsBody(ctx: ChartContext, req: CategoryBarsRequest): VlSpec {
  const { redact, theme } = ctx;
  const names = req.bars.map((b) => b.name);
  const wrapped = names.map((n) => wrapLabel(n, LABEL_LINE_CHARS));
  const values = req.bars.map((b) => b.value);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const room = withLabelRoom(min, max, APPROX_PLOT_PX, redact ? 0 : VALUE_LABEL_PX, redact ? 0 : VALUE_LABEL_PX);
  const axis = valueAxis({
    min: room.min,
    max: Math.min(room.max, Math.max(max, req.ceiling ?? Infinity)),
    format: req.format,
    resolution: req.resolution,
  });
  const rows = req.bars.map((b) => ({ name: b.name, value: b.value, label: redact ? '' : req.format(b.value) }));
  const y = {
    field: 'name',
    type: 'nominal',
    sort: names,
    scale: { domain: names, ...CATEGORY_PADDING },
    axis: categoryAxis(ctx, names, wrapped),
  };
  const x = { field: 'value', type: 'quantitative', scale: valueScale(axis), axis: valueAxisSpec(ctx, axis, req.axisTitle) };
  const fontSize = theme.labelSize - 0.5;
  // Full encodings: the first layer (a label's backdrop) decides the axes.
  const at = { y, x };
  const sides = [{ test: 'datum.value >= 0', align: 'left', offset: 3 }];
  if (min < 0) sides.push({ test: 'datum.value < 0', align: 'right', offset: -3 });
  const labels: LabelLayers = redact
    ? NO_LABELS
    : {
        under: sides.map(({ test, offset }) => {
          const texts = rows.filter((r) => (offset > 0) === r.value >= 0).map((r) => r.label);
          return horizontalBarBackdrop(ctx, { filter: test, labels: texts, fontSize, offset }, at.y, at.x);
        }),
        over: sides.map(({ test, align, offset }) => ({
          transform: [{ filter: test }],
          mark: { type: 'text', align, baseline: 'middle', dx: offset, fontSize, color: theme.palette.text },
          encoding: { ...at, text: { field: 'label', type: 'nominal' } },
        })),
      };
  return {
    height: { step: categoryStep(ctx, wrapped) },
    data: { values: rows },
    layer: [
      ...labels.under,
      {
        mark: { type: 'bar' },
        encoding: {
          y,
          x,
          color: { field: 'name', type: 'nominal', scale: { domain: names, range: req.bars.map((b) => b.color) }, legend: null },
        },
      },
      ...labels.over,
    ],
  };
}

/** Bars of base-year market shares (segments, companies): one format, scale and axis title for all of them. */
export function shareBarsBody(ctx: ChartContext, bars: readonly CategoryBar[]): VlSpec {
  const { fmt, model } = ctx;
  return categoryBarsBody(ctx, {
    bars,
    format: fmt.percent,
    resolution: resolutionOf(fmt.display.percentDecimals + 2),
    axisTitle: `Share of market, ${model.baseYear}`,
    // "Others" at 92.8% once drew an axis to 125%.
    ceiling: 1,
  });
}

