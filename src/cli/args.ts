// Flag parsing shared by the commands: node's parseArgs, with its errors
// turned into one-line usage errors (exit 2) instead of stack traces. Two
// things it lets through are refused here too: a flag given twice (parseArgs
// keeps the last, so "--out a --out b" silently ignored a) and an empty value
// ("--out ''" wrote into the current folder).
import { parseArgs } from 'node:util';
import { UserError } from '../errors.js';
import { shown } from '../messages.js';
import { EXIT } from './io.js';

type FlagSpec = Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean; multiple?: false }>;

interface ParsedFlags {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: string[];
}

export function parseFlags(command: string, argv: readonly string[], options: FlagSpec, help: string): ParsedFlags {
  const usage = (message: string) => new UserError(`${command}: ${message}\n\n${help}`, EXIT.usage);
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    throw usage(flagMistake(e as Error & { code?: unknown }, argv));
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) throw usage(`${token.rawName} is given more than once; give it once`);
    seen.add(token.name);
    if (options[token.name]?.type === 'string' && token.value?.trim() === '') throw usage(`${token.rawName} needs a value, not an empty string`);
  }
  return { values: parsed.values as ParsedFlags['values'], positionals: parsed.positionals };
}

/**
 * parseArgs' complaint in one line. Its message for a value that starts with
 * a dash ("--workers -1") is three lines of advice with a placeholder; this
 * names the value given instead.
 */
function flagMistake(e: Error & { code?: unknown }, argv: readonly string[]): string {
  const ambiguous = e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? /^Option '(?:-\w, )?(--[^']+)' argument is ambiguous/.exec(e.message) : null;
  if (ambiguous) {
    const flag = ambiguous[1]!;
    const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
    const at = argv.findIndex((a, i) => i < end && a === flag && argv[i + 1]?.startsWith('-'));
    const value = argv[at + 1];
    if (at < 0 || value === undefined) return `${shown(flag)} needs a value`;
    return `${shown(flag)} needs a value; "${shown(value)}" looks like a flag (write ${shown(flag)}=${shown(value)} if it is the value)`;
  }
  // Node's message quotes the flag as typed: escaped, so a newline in it cannot split the message.
  return shown(e.message.replace(/\. To specify.*$/s, ''));
}
