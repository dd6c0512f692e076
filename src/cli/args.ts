// Flag parsing shared by the commands: node's parseArgs, with its errors
// turned into usage errors (exit 2) instead of stack traces.
import { parseArgs } from 'node:util';
import { UserError } from '../errors.js';
import { EXIT } from './io.js';

type FlagSpec = Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean; multiple?: false }>;

export interface ParsedFlags {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: string[];
}

export function parseFlags(command: string, argv: readonly string[], options: FlagSpec, help: string): ParsedFlags {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    return { values: values as ParsedFlags['values'], positionals };
  } catch (e) {
    throw new UserError(`${command}: ${(e as Error).message.replace(/\. To specify.*$/s, '')}\n\n${help}`, EXIT.usage);
  }
}
