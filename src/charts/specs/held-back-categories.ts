// A redacted figure whose every value is a forecast (the segments' CAGRs):
// the categories on the left as in the full figure, one ghost bar of one fixed
// length each, and the held-back note beside them. Nothing in it depends on a
// figure: category order is the caller's (dataset order, never a ranking) and
// the value scale is a fixed 0..1.
import type { ChartContext } from '../context.js';
import { wrapLabel } from '../labels.js';
import { CATEGORY_PADDING, categoryAxis, categoryStep, type VlSpec } from '../spec-base.js';
import { LABEL_LINE_CHARS } from './category-bars.js';
import { ghostMark, heldBackNote, noteLayer } from './held-back.js';

export interface HeldBackCategoryRequest {
  /** Category names, top to bottom, in an order that says nothing about the held-back values. */
  readonly names: readonly string[];
  readonly axisTitle: string | null;
  /** The note's first line ("Growth rates 2023–2030"). */
  readonly title: string;
}

// Ghost bars run to GHOST of the plot width; the note starts at NOTE_AT.
const GHOST = 0.5;
const NOTE_AT = 0.56;

export function heldBackCategoryBody(ctx: ChartContext, req: HeldBackCategoryRequest): VlSpec {
  const names = [...req.names];
  const wrapped = names.map((n) => wrapLabel(n, LABEL_LINE_CHARS));
  const scale = { domain: [0, 1], nice: false, zero: true };
  return {
    height: { step: categoryStep(ctx, wrapped) },
    data: { values: names.map((name) => ({ name, value: GHOST })) },
    layer: [
      {
        mark: ghostMark(ctx, 'bar'),
        encoding: {
          y: {
            field: 'name',
            type: 'nominal',
            sort: names,
            scale: { domain: names, ...CATEGORY_PADDING },
            axis: categoryAxis(ctx, names, wrapped),
          },
          // An axis line and its title, but no ticks or grid: there is no scale to read.
          x: { field: 'value', type: 'quantitative', scale, axis: { title: req.axisTitle, labels: false, ticks: false, grid: false } },
        },
      },
      noteLayer(ctx, heldBackNote(ctx, req.title), {
        x: { datum: NOTE_AT, type: 'quantitative' },
        y: { value: { expr: 'height / 2' } },
      }, { align: 'left' }),
    ],
  };
}
