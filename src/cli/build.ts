import path from 'node:path';
import { buildReport } from '../build.js';
import { UserError } from '../errors.js';
import { parseFlags } from './args.js';
import { EXIT, type CliIO } from './io.js';
import { loadValid } from './load-or-fail.js';

const HELP = `Usage: market-report build <file...> [--out DIR] [--templates DIR] [--outline FILE]

  Builds the full report PDF, the Excel data pack, the sample PDF and the web
  excerpt of each dataset into DIR/<id>/ (default DIR: output).
  --templates DIR  a folder laid out like templates/ (report/*.hbs, excerpt/*.hbs);
                   its files replace the bundled ones of the same name
  --outline FILE   a report outline (JSON) instead of the bundled one`;

export async function buildCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(
    'build',
    argv,
    { out: { type: 'string', default: 'output' }, templates: { type: 'string' }, outline: { type: 'string' } },
    HELP,
  );
  if (positionals.length === 0) throw new UserError(`build: name at least one dataset file\n\n${HELP}`, EXIT.usage);
  for (const file of positionals) {
    const result = await buildReport(await loadValid(file, io), {
      outDir: String(values.out),
      assetsDir: path.dirname(path.resolve(file)),
      ...(values.templates !== undefined ? { templatesDir: String(values.templates) } : {}),
      ...(values.outline !== undefined ? { outlineFile: String(values.outline) } : {}),
    });
    for (const f of result.files) io.stdout.write(`${f.path} (${f.bytes} bytes)\n`);
  }
  return EXIT.ok;
}
