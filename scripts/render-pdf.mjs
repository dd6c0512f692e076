#!/usr/bin/env node
// Prints how long the full report PDF takes to build, against dist/ (run
// `npm run build` first). Cold: the first render in a fresh process (fonts,
// templates and charts loaded). Warm: later renders with the chart renderer's
// cache filled, which is what a batch worker sees after its first report.
//
//   node scripts/render-pdf.mjs [dataset.json] [--runs N] [--out report.pdf]
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createChartRenderer } from '../dist/charts/index.js';
import { buildModel } from '../dist/forecast/index.js';
import { loadReport } from '../dist/load/index.js';
import { renderReportPdf } from '../dist/pdf/index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '5' }, out: { type: 'string' } },
});
const file = positionals[0] ?? 'data/medical-second-opinion.json';
const runs = Math.max(1, Number(values.runs));

const loaded = await loadReport(file);
if (!loaded.value) {
  for (const p of loaded.errors) console.error(`${p.file}: ${p.path}: ${p.message}`);
  process.exit(1);
}
const model = buildModel(loaded.value);
const charts = createChartRenderer();
const ctx = { charts, assetsDir: path.dirname(path.resolve(file)) };

const time = async () => {
  const start = performance.now();
  const pdf = await renderReportPdf(model, ctx);
  return { pdf, ms: performance.now() - start };
};

const cold = await time();
const warm = [];
for (let i = 0; i < runs; i += 1) warm.push((await time()).ms);
warm.sort((a, b) => a - b);
const median = warm[Math.floor(warm.length / 2)];

console.log(`${model.id}: ${cold.pdf.length} bytes`);
console.log(`cold (first render, charts drawn): ${cold.ms.toFixed(0)} ms`);
console.log(`warm (median of ${runs}, charts cached): ${median.toFixed(0)} ms (min ${warm[0].toFixed(0)}, max ${warm.at(-1).toFixed(0)})`);
if (values.out) {
  await writeFile(values.out, cold.pdf);
  console.log(`written to ${values.out}`);
}
