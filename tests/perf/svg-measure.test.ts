// The SVG measurement memo (perf-svg.ts) answers as pdfmake's SVGMeasure does,
// per SVG text and per size asked for, and returns a fresh size object each
// time (pdfmake's callers may keep it).
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { installSvgMeasureMemo } from '../../src/pdf/perf-svg.js';
import { pdfSpeedups } from '../../src/pdf/perf-switch.js';

const require = createRequire(import.meta.url);
interface SvgMeasure {
  measureSVG(svg: string): { width?: number; height?: number };
  writeDimensions(svg: string, size: { width: number; height: number }): string;
}
const SVGMeasure = (require('pdfmake/js/SVGMeasure') as { default: new () => SvgMeasure }).default;

installSvgMeasureMemo();
afterEach(() => {
  pdfSpeedups.enabled = true;
});

const chart = (w: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="300"><rect x="1" y="2" width="30" height="40" fill="#abc"/><text x="5" y="20">a &amp; b</text></svg>`;
const viewBoxOnly = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 320"><g><path d="M0 0L10 10"/></g></svg>';

function answers(enabled: boolean): unknown[] {
  pdfSpeedups.enabled = enabled;
  const m = new SVGMeasure();
  const out: unknown[] = [];
  for (const svg of [chart(600), chart(480), viewBoxOnly, chart(600)]) {
    out.push(m.measureSVG(svg));
    out.push(m.writeDimensions(svg, { width: 400, height: 200 }));
    out.push(m.writeDimensions(svg, { width: 483.28, height: 241.64 }));
  }
  return out;
}

describe('SVG measurement memo', () => {
  it("gives pdfmake's sizes and rewritten SVG, per SVG and per size", () => {
    const plain = answers(false);
    expect(answers(true)).toEqual(plain);
    // Warm: the same answers again from the memo.
    expect(answers(true)).toEqual(plain);
    expect(plain[1]).not.toEqual(plain[2]);
  });

  it('hands out a new size object each time', () => {
    const m = new SVGMeasure();
    const a = m.measureSVG(chart(600));
    a.width = 1;
    expect(m.measureSVG(chart(600))).toEqual({ width: 600, height: 300 });
  });
});
