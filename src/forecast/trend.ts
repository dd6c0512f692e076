// Log-linear least squares: ln(value) = a + b * year. The fitted annual growth
// rate is exp(b) - 1; the fit's R^2 is measured in log space, where the model
// is linear.
import type { TrendFit, YearValue } from '../types.js';

export function fitTrend(history: readonly YearValue[]): TrendFit {
  const n = history.length;
  if (n < 2) throw new RangeError('a trend needs at least two points');
  const xs = history.map((p) => p.year);
  const ys = history.map((p) => Math.log(p.value));
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - meanX;
    const dy = ys[i]! - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  const slope = sxy / sxx;
  // A flat history has no variance to explain: the fit is exact.
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { rate: Math.expm1(slope), r2 };
}
