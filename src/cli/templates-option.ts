// --templates DIR, shared by build, sample and batch: checked before any
// dataset is read, so a mistyped folder is a usage error (exit 2) instead of
// a build that quietly uses the bundled text.
import { checkTemplatesDir } from '../batch/templates-dir.js';
import { messages } from '../messages.js';
import type { CliIO } from './io.js';

export function checkTemplatesOption(templatesDir: string | undefined, outlineFile: string | undefined, io: CliIO): void {
  if (templatesDir === undefined) return;
  const { unused } = checkTemplatesDir(templatesDir, outlineFile !== undefined ? { outlineFile } : {});
  if (unused.length > 0) io.stderr.write(`market-report: ${messages.templatesUnused(templatesDir, unused)}\n`);
}
