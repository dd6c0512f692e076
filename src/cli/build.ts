import path from 'node:path';
import { buildReport, buildSample } from '../build.js';
import { isUserError, UserError } from '../errors.js';
import { parseFlags } from './args.js';
import { EXIT, type CliIO } from './io.js';
import { loadValid } from './load-or-fail.js';

const HELP = `Usage: market-report build <file...> [--out DIR] [--templates DIR] [--outline FILE]

  Builds the full report PDF, the Excel data pack, the sample PDF and the web
  excerpt of each dataset into DIR/<id>/ (default DIR: output).
  --templates DIR  a folder laid out like templates/ (report/*.hbs, excerpt/*.hbs);
                   its files replace the bundled ones of the same name
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
  for (const file of positionals) {
    const dataset = await loadValid(file, io);
    const result = await build(dataset, {
      outDir: String(values.out),
      assetsDir: path.dirname(path.resolve(file)),
      ...(values.templates !== undefined ? { templatesDir: String(values.templates) } : {}),
      ...(values.outline !== undefined ? { outlineFile: String(values.outline) } : {}),
    }).catch((e: unknown) => {
      // A renderer's UserError (a bad sample.chapters entry, a template field) does not know the file.
      if (isUserError(e)) throw new UserError(`${file}: ${e.message}`, e.exitCode, e.problems);
      throw e;
    });
    for (const f of result.files) io.stdout.write(`${f.path} (${f.bytes} bytes)\n`);
  }
  return EXIT.ok;
}
