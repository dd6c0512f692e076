// How the scenario chart draws each line, decided once for the chart picture
// (specs/scenarios.ts) and the Excel pack's native chart beside it: the
// reported history solid in the brand colour, the base case dashed in the
// brand colour, and the low and high cases as the dotted edges of the band,
// in the forecast tint. A reader matches the two charts by their lines.
import type { ChartPalette } from './palette.js';

export type ScenarioLine = 'Actual' | 'Base' | 'Low' | 'High';

export interface ScenarioLineStyle {
  readonly color: string;
  /** Vega-Lite strokeDash: dash and gap in px ([1, 0] is solid). */
  readonly strokeDash: readonly [number, number];
  /** The DrawingML preset dash that reads as strokeDash; solid without. */
  readonly presetDash?: 'dash' | 'sysDot';
}

/** The lines in the picture's legend order. */
export const SCENARIO_LINES: readonly ScenarioLine[] = ['Actual', 'Base', 'Low', 'High'];

export function scenarioLineStyles(palette: ChartPalette): Record<ScenarioLine, ScenarioLineStyle> {
  const edge: ScenarioLineStyle = { color: palette.forecast, strokeDash: [2, 2], presetDash: 'sysDot' };
  return {
    Actual: { color: palette.brand, strokeDash: [1, 0] },
    Base: { color: palette.brand, strokeDash: [6, 3], presetDash: 'dash' },
    Low: edge,
    High: edge,
  };
}
