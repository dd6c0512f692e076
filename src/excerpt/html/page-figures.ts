// Which figures the web page's templates can see. Redacted (the dataset's
// sample.redact, default on), the page follows the sample PDF's FigurePolicy:
// figures after the base year, and what is worked out from them (the fastest
// segment, its flags), enter the context held back ("XX"), so that no
// template, a user's --templates folder included, can print one. The page
// then puts back its headline on purpose: the forecast's end value and its
// CAGR (the one rate, market.cagr and market.forecast.cagr), which it states
// as the press-release figures. Every other forecast value stays held back.
import { redactedReportContext, reportContext, type ReportContext } from '../../narrative/index.js';
import type { Model } from '../../types.js';

export function pageReportContext(model: Model, redact: boolean): ReportContext {
  const full = reportContext(model);
  if (!redact) return full;
  const held = redactedReportContext(model, model.baseYear);
  const { end, cagr, forecast } = full.market;
  return { ...held, market: { ...held.market, end, cagr, forecast } };
}
