import { buildReport } from '../build.js';
import { UserError } from '../errors.js';
import { parseFlags } from './args.js';
import { EXIT, type CliIO } from './io.js';
import { loadValid } from './load-or-fail.js';

const HELP = 'Usage: market-report build <file...> [--out DIR]';

export async function buildCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags('build', argv, { out: { type: 'string', default: 'output' } }, HELP);
  if (positionals.length === 0) throw new UserError(`build: name at least one dataset file\n\n${HELP}`, EXIT.usage);
  for (const file of positionals) {
    const result = await buildReport(await loadValid(file, io), { outDir: String(values.out) });
    for (const f of result.files) io.stdout.write(`${f.path} (${f.bytes} bytes)\n`);
  }
  return EXIT.ok;
}
