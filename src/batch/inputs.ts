// Reads what one report's hash depends on: the dataset's bytes and, when it
// names one, its logo. On a no-op run this is all the work a report costs,
// so it is kept to one read, one sha256 and, only when needed, one JSON.parse.
// Synchronous on purpose: it runs while nothing else is waiting on the event
// loop, and a sync read of a small cached file costs a fraction of an async one.
import { readFileSync, statSync } from 'node:fs';
import { isPngOrJpeg, isWholeImage } from '../load/image.js';
import { locateLogo } from '../load/logo-path.js';
import { MAX_DATASET_BYTES, parseDatasetText } from '../load/parse.js';
import { messages } from '../messages.js';
import { reportHash } from './fingerprint.js';
import { batchMessages } from './messages.js';
import type { ProblemRecord } from './types.js';

export type ReportInputs =
  | {
      readonly ok: true;
      readonly bytes: Buffer;
      readonly hash: string;
      /** The dataset's id if the JSON parses and has a string id (validation decides whether it is a good one). Parses on first call. */
      declaredId(): string | undefined;
      /** Set when the dataset names a logo that is not there; loadReportFromBytes cannot see files. */
      readonly logoProblem?: ProblemRecord;
    }
  | { readonly ok: false; readonly problem: ProblemRecord };

export function readReportInputs(file: string, fingerprint: string): ReportInputs {
  let bytes: Buffer;
  try {
    const info = statSync(file);
    // A FIFO or a device (/dev/zero) would never end.
    if (!info.isFile()) return fail(messages.notAFile());
    const size = info.size;
    if (size > MAX_DATASET_BYTES) return fail(batchMessages.tooLarge(size, MAX_DATASET_BYTES));
    bytes = readFileSync(file);
  } catch (e) {
    return fail(batchMessages.unreadable(String((e as NodeJS.ErrnoException).code ?? e)));
  }
  let head: Head | undefined;
  const peekOnce = () => (head ??= peek(bytes));
  // Most datasets have no logo; only a file that mentions one is parsed here.
  const logo = bytes.includes('logo') ? peekOnce().logo : undefined;
  let logoBytes: Buffer | undefined;
  let logoProblem: ProblemRecord | undefined;
  if (logo !== undefined) {
    // Never read outside the data folder, links followed (validation rejects such a path anyway).
    const where = locateLogo(file, logo);
    if (where.kind === 'outside') logoProblem = { path: 'publisher.logo', message: messages.logoOutsideFolder(logo, where.file) };
    else if (where.kind === 'notFile') logoProblem = { path: 'publisher.logo', message: messages.logoNotAFile(logo) };
    else if (where.kind !== 'unsafe') {
      try {
        logoBytes = readFileSync(where.file);
        if (!isPngOrJpeg(logoBytes)) logoProblem = { path: 'publisher.logo', message: messages.logoNotImage(logo) };
        else if (!isWholeImage(logoBytes)) logoProblem = { path: 'publisher.logo', message: messages.logoDamaged(logo) };
      } catch {
        logoProblem = { path: 'publisher.logo', message: messages.logoMissing(where.file) };
      }
    }
  }
  return {
    ok: true,
    bytes,
    hash: reportHash(fingerprint, bytes, logoBytes),
    declaredId: () => peekOnce().id,
    ...(logoProblem ? { logoProblem } : {}),
  };
}

interface Head {
  readonly id?: string;
  readonly logo?: string;
}

/** The two fields the batch needs before validation; anything unparsable is left to the validator to explain. */
function peek(bytes: Buffer): Head {
  // The validator's own parser (a leading BOM, UTF-8 checks): an id read any other way could
  // differ from the one the report is built under, and two reports would share a folder.
  const parsed = parseDatasetText(bytes);
  if (!parsed.ok) return {};
  const json = parsed.json as { id?: unknown; publisher?: { logo?: unknown } } | null;
  return {
    ...(typeof json?.id === 'string' ? { id: json.id } : {}),
    ...(typeof json?.publisher?.logo === 'string' ? { logo: json.publisher.logo } : {}),
  };
}

const fail = (message: string): ReportInputs => ({ ok: false, problem: { path: '(root)', message } });
