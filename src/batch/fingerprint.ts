// The content hash that decides whether a report is current. A report's
// deliverables depend on its dataset (and logo) and on what every report
// shares: the templates (every file of the folders, report/partials/
// included), the outline and theme (build.ts's render fingerprint), the
// product version and the render options. The shared part is hashed once per
// run; each report adds its own bytes.
import { createHash } from 'node:crypto';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { canonicalJson } from '../canonical-json.js';
import { UserError } from '../errors.js';
import { readRegularFile } from '../load/regular-file.js';
import { messages } from '../messages.js';
import { renderFingerprint } from '../render-fingerprint.js';
import { DEFAULT_TEMPLATES_DIR } from '../templates-folders.js';
import { VERSION } from '../version.js';
import type { BatchRenderOptions } from './types.js';

interface FingerprintInputs {
  /** A user's templates folder, whose files replace bundled ones of the same name. */
  readonly templatesDir?: string;
  /** A user outline file, hashed by content. */
  readonly outlineFile?: string;
  /** Render options that shape the output (paths whose contents are hashed here stay out). */
  readonly renderOptions: BatchRenderOptions;
  /** The bundled templates; default the package's templates/. */
  readonly bundledTemplatesDir?: string;
}

export async function computeFingerprint(inputs: FingerprintInputs): Promise<string> {
  const parts = {
    product: 'market-report',
    version: VERSION,
    bundledTemplates: await hashTree(inputs.bundledTemplatesDir ?? DEFAULT_TEMPLATES_DIR),
    // By content, not by path: the same templates in another checkout give the same hash.
    userTemplates: inputs.templatesDir ? await userInput('--templates', inputs.templatesDir, () => hashTree(inputs.templatesDir!)) : 'none',
    outline: inputs.outlineFile ? await userInput('--outline', inputs.outlineFile, () => hashRegularFile(inputs.outlineFile!)) : 'bundled',
    render: await renderFingerprint(),
    options: canonicalJson(inputs.renderOptions),
  };
  return sha256Hex(JSON.stringify(parts));
}

/** A file's sha256; a FIFO or a device (/dev/zero) is refused, not read for ever. */
async function hashRegularFile(file: string): Promise<string> {
  return sha256Hex(await readRegularFile(file));
}

/** Reads what a user's option names; a file system error there is the user's to fix, named with the option. */
async function userInput<T>(option: string, file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (typeof err.code !== 'string') throw e;
    throw new UserError(messages.optionUnreadable(option, file, err.path ?? file, err.code));
  }
}

/** One report's hash: the shared fingerprint plus its own dataset and logo bytes. */
export function reportHash(fingerprint: string, dataset: Uint8Array, logo?: Uint8Array): string {
  const h = createHash('sha256').update(fingerprint).update('\0').update(sha256Hex(dataset));
  h.update('\0').update(logo ? sha256Hex(logo) : 'no-logo');
  return h.digest('hex');
}

/**
 * Every file under `dir` (names and bytes, in sorted order); a missing folder
 * hashes as "absent". Links are followed, as rendering follows them (a
 * template linked from elsewhere must change the hash when it changes); a
 * link back to a folder already walked is not walked again.
 */
async function hashTree(dir: string): Promise<string> {
  const files: string[] = [];
  const seen = new Set<string>();
  const walk = async (rel: string): Promise<void> => {
    const here = path.join(dir, rel);
    const real = await realpath(here);
    if (seen.has(real)) return;
    seen.add(real);
    for (const name of (await readdir(here)).sort()) {
      const child = rel ? `${rel}/${name}` : name;
      const info = await stat(path.join(dir, child)).catch(() => undefined); // a link to nothing: nothing to read
      if (info?.isDirectory()) await walk(child);
      else if (info?.isFile()) files.push(child);
    }
  };
  try {
    await walk('');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw e;
  }
  files.sort();
  const h = createHash('sha256');
  for (const f of files) h.update(f).update('\0').update(sha256Hex(await readRegularFile(path.join(dir, f)))).update('\n');
  return h.digest('hex');
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
