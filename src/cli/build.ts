import path from 'node:path';
import { buildReport, buildSample } from '../build.js';
import { batchMessages } from '../batch/messages.js';
import { isUserError, UserError } from '../errors.js';
import { loadReport } from '../load/index.js';
import { shown, shownLines } from '../messages.js';
import type { Dataset } from '../types.js';
import { parseFlags } from './args.js';
import { EXIT, type CliIO } from './io.js';
import { checkSharedOptions } from './templates-option.js';
import { formatProblem } from './validate.js';

const HELP = `Usage: market-report build <file...> [--out DIR] [--templates DIR] [--outline FILE]

  Builds the full report PDF, the Excel data pack, the sample PDF and the web
  excerpt of each dataset into DIR/<id>/ (default DIR: output). Every dataset is
  validated first; invalid ones are listed and skipped, the valid ones built.
  --templates DIR  a folder laid out like templates/ (report/*.hbs, report/partials/*.hbs,
                   excerpt/*.hbs); its files replace the bundled ones of the same name
  --outline FILE   a report outline (JSON) instead of the bundled one`;

export const buildCommand = (argv: readonly string[], io: CliIO) => buildWith('build', buildReport, HELP, argv, io);
export const sampleCommand = (argv: readonly string[], io: CliIO) => buildWith('sample', buildSample, SAMPLE_HELP, argv, io);

const SAMPLE_HELP = `Usage: market-report sample <file...> [--out DIR] [--templates DIR] [--outline FILE]

  Builds only the free sample PDF of each dataset into DIR/<id>/<id>-sample.pdf
  (default DIR: output): the full table of contents, the chapters chosen in the
  dataset's sample.chapters, figures after the base year shown as XX.`;

async function buildWith(
  name: string,
  build: typeof buildReport,
  help: string,
  argv: readonly string[],
  io: CliIO,
): Promise<number> {
  const { values, positionals } = parseFlags(
    name,
    argv,
    { out: { type: 'string', default: 'output' }, templates: { type: 'string' }, outline: { type: 'string' } },
    help,
  );
  if (positionals.length === 0) throw new UserError(`${name}: name at least one dataset file\n\n${help}`, EXIT.usage);
  const templatesDir = values.templates !== undefined ? String(values.templates) : undefined;
  const outlineFile = values.outline !== undefined ? String(values.outline) : undefined;
  // sample.chapters are validated against the outline the report will have.
  const outline = await checkSharedOptions(templatesDir, outlineFile, io);

  // 1. Validate every file before building any: one bad file must neither hide
  //    the problems of the next nor stop its build.
  const valid: { file: string; dataset: Dataset }[] = [];
  const byId = new Map<string, string>();
  for (const file of positionals) {
    const result = await loadReport(file, outline ? { outline } : {});
    for (const p of [...result.errors, ...result.warnings]) io.stderr.write(`${formatProblem(p)}\n`);
    if (!result.value) continue;
    // Two datasets with one id would write into one folder, the second over the first.
    const first = byId.get(result.value.id);
    if (first !== undefined) {
      io.stderr.write(`${formatProblem({ file, path: 'id', message: batchMessages.duplicateId(result.value.id, first), severity: 'error' })}\n`);
      continue;
    }
    byId.set(result.value.id, file);
    valid.push({ file, dataset: result.value });
  }
  const invalid = positionals.length - valid.length;

  // 2. Build the valid ones. A user error while building (a bad sample chapter,
  //    a user template's missing field, an unwritable --out) fails that file only.
  let failed = 0;
  let bug = false;
  for (const { file, dataset } of valid) {
    try {
      const result = await build(dataset, {
        outDir: String(values.out),
        assetsDir: path.dirname(path.resolve(file)),
        ...(templatesDir !== undefined ? { templatesDir } : {}),
        ...(outlineFile !== undefined ? { outlineFile } : {}),
      });
      for (const f of result.files) io.stdout.write(`${shown(f.path)} (${f.bytes} bytes)\n`);
    } catch (e) {
      if (isUserError(e) && e.exitCode === EXIT.usage) throw e;
      failed += 1;
      // The renderer's message does not know the file. A bug in one build must not stop the next either.
      if (isUserError(e)) io.stderr.write(`market-report: ${shown(file)}: ${shownLines(e.message)}\n`);
      else {
        bug = true;
        io.stderr.write(`market-report: ${shown(file)}: internal error (this is a bug, please report it)\n${(e as Error)?.stack ?? String(e)}\n`);
      }
    }
  }
  if (invalid + failed === 0) return EXIT.ok;
  const total = `${positionals.length} ${positionals.length === 1 ? 'dataset' : 'datasets'}`;
  io.stderr.write(`market-report: ${name}: ${valid.length - failed} of ${total} built; ${invalid} invalid, ${failed} failed\n`);
  return bug ? EXIT.bug : EXIT.invalid;
}
