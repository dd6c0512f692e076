// Everything a block builder needs, passed explicitly (no module state), so
// that reports rendered side by side share nothing.
import type { RenderedChart } from '../charts/index.js';
import type { Formatter } from '../format/index.js';
import type { Narrative, ReportContext } from '../narrative/index.js';
import type { Outline } from '../outline/types.js';
import type { Model } from '../types.js';
import type { Theme } from './theme.js';
import type { ReportView } from './view.js';

export interface RenderContext {
  readonly model: Model;
  readonly outline: Outline;
  readonly fmt: Formatter;
  readonly theme: Theme;
  readonly view: ReportView;
  readonly narrative: Narrative;
  /** The narrative templates' root context, built once per report. */
  readonly templateData: ReportContext;
  /** Rendered charts by chart id. */
  readonly charts: ReadonlyMap<string, RenderedChart>;
  /** Absolute path of the publisher's logo, when the dataset names one. */
  readonly logoPath?: string;
}
