// Reads what one report's hash depends on: the dataset's bytes and, when it
// names one, its logo. On a no-op run this is all the work a report costs,
// so it is kept to one read, one sha256 and, only when needed, one JSON.parse.
// Synchronous on purpose: it runs while nothing else is waiting on the event
// loop, and a sync read of a small cached file costs a fraction of an async one.
import { readLogo } from '../load/logo.js';
import { datasetReadProblem, MAX_DATASET_BYTES, parseDatasetText } from '../load/parse.js';
import { readRegularFileSync } from '../load/regular-file.js';
import { reportHash } from './fingerprint.js';
import type { ProblemRecord } from './types.js';

type ReportInputs =
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
    bytes = readRegularFileSync(file, MAX_DATASET_BYTES);
  } catch (e) {
    return fail(datasetReadProblem(e));
  }
  let head: Head | undefined;
  const peekOnce = () => (head ??= peek(bytes));
  // Most datasets have no logo; only a file that mentions one is parsed here.
  const logo = bytes.includes('logo') ? peekOnce().logo : undefined;
  const { bytes: logoBytes, problem } = logo !== undefined ? readLogo(file, logo) : {};
  const logoProblem: ProblemRecord | undefined = problem !== undefined ? { path: 'publisher.logo', message: problem } : undefined;
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
