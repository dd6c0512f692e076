import { buildModel, modelToJson } from '../forecast/index.js';
import { UserError } from '../errors.js';
import { parseFlags } from './args.js';
import { EXIT, type CliIO } from './io.js';
import { loadValid } from './load-or-fail.js';

const HELP = 'Usage: market-report model <file>';

export async function modelCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { positionals } = parseFlags('model', argv, {}, HELP);
  if (positionals.length !== 1) throw new UserError(`model: name exactly one dataset file\n\n${HELP}`, EXIT.usage);
  const model = buildModel(await loadValid(positionals[0]!, io));
  io.stdout.write(`${JSON.stringify(modelToJson(model), null, 2)}\n`);
  return EXIT.ok;
}
