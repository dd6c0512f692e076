// The batch's boundary types: what runBatch takes, what it returns, and the
// manifest it keeps in DIR/manifest.json. Plain data only.

export type ReportStatus = 'built' | 'skipped' | 'failed' | 'invalid' | 'pending';

/** One deliverable as recorded in the manifest. */
export interface ManifestFile {
  /** Path relative to the output root, with forward slashes: "<id>/<name>". */
  readonly name: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface ProblemRecord {
  readonly path: string;
  readonly message: string;
}

/** An error as it crosses a thread boundary and lands in the manifest. */
export interface PlainError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
}

export interface ManifestEntry {
  /** The dataset's id (its output folder); for a file whose id cannot be read, its base name. */
  readonly id: string;
  /** The dataset file as collected (the path the user's input named). */
  readonly source: string;
  /**
   * built: rebuilt by this run; skipped: already current; failed: the build
   * threw; invalid: the dataset did not validate; pending: a build was under
   * way when the manifest was written (seen only after a kill).
   */
  readonly status: ReportStatus;
  /** Content hash of everything the deliverables depend on; absent when nothing current was built. */
  readonly hash?: string;
  /** The deliverables of the build that `hash` describes, sorted by name. */
  readonly files: readonly ManifestFile[];
  /** Wall time of the build that produced `files`, in ms. The only non-deterministic field. */
  readonly buildMs?: number;
  readonly error?: PlainError;
  readonly problems?: readonly ProblemRecord[];
}

export interface Manifest {
  readonly manifestVersion: 1;
  /** "market-report <version>" of the run that wrote it. */
  readonly product: string;
  /** Hash of the inputs shared by every report (templates, render fingerprint, version, options). */
  readonly fingerprint: string;
  /** Sorted by id, then source. */
  readonly reports: readonly ManifestEntry[];
}

export interface BatchCounts {
  readonly total: number;
  readonly built: number;
  readonly skipped: number;
  readonly failed: number;
  readonly invalid: number;
}

export interface BatchOptions {
  /** Directories (their *.json files), dataset files, or globs (`*`, `?`, `**`). */
  readonly inputs: readonly string[];
  /** Output root: reports go to outDir/<id>/, the manifest to outDir/manifest.json. */
  readonly outDir: string;
  /** Worker threads; default os.availableParallelism(). Never more than there are reports to build. */
  readonly workers?: number;
  /** Rebuild every valid report even when current. */
  readonly force?: boolean;
  /**
   * A templates folder whose files replace bundled ones of the same name. Its
   * contents (with the bundled templates') feed the content hash; the workers
   * get its absolute path as renderOptions.templatesDir.
   */
  readonly templatesDir?: string;
  /** A user outline JSON file; its contents feed the hash, workers get its absolute path. */
  readonly outlineFile?: string;
  /** Options passed to the renderer's context; they feed the content hash. */
  readonly renderOptions?: BatchRenderOptions;
  /** Worker entry script; default dist/batch/worker.js. Tests inject wrappers around the real handler. */
  readonly workerScript?: URL;
  /** A report whose worker has not answered after this many ms fails, and its worker is replaced (default 10 minutes; 0: never). */
  readonly reportTimeoutMs?: number;
  /** Minimum ms between two incremental manifest writes during builds (default 200; 0 writes after every report). */
  readonly manifestFlushMs?: number;
  readonly events?: BatchEvents;
}

/** Render options of a batch run beyond --templates and --outline (library callers only: no command sets them). */
export interface BatchRenderOptions {
  /**
   * A folder where every worker's chart cache also keeps the charts it draws
   * (SVG, PNG, by content hash), so a later run, or another worker, reads them
   * instead of drawing them again. Default: memory only.
   */
  readonly chartCacheDir?: string;
}

/** What a caller (the CLI's progress display) hears while a batch runs. */
export interface BatchEvents {
  /** Hashing is done: `toBuild` reports need validating and building, the rest are current or invalid. */
  onPlan?(plan: { readonly total: number; readonly toBuild: number; readonly skipped: number; readonly workers: number }): void;
  /** Validation is done, before any build starts: every invalid dataset, and how many reports will be built. */
  onValidated?(result: { readonly invalid: readonly ManifestEntry[]; readonly toBuild: number }): void;
  /** One report finished (built or failed). */
  onReport?(entry: ManifestEntry, counts: BatchCounts): void;
  /** Something the user should know that stops nothing (a manifest that cannot be read). Default: process.emitWarning. */
  onWarning?(message: string): void;
  /** The --templates folder and --outline file passed their check (before any dataset is read): files of the folder no lookup asks for. */
  onSharedInputs?(shared: { readonly unusedTemplates: readonly string[] }): void;
}

/** Deliverables of an earlier run that this run removed, because the manifest no longer lists them as current. */
export interface RemovedOutput {
  /** The report's id (for a dataset no longer among the inputs, its id when last built). */
  readonly id: string;
  readonly source: string;
  /** Why they are no longer current. 'not written by its new build': its id (and so its folder) changed. */
  readonly reason: 'invalid' | 'failed' | 'not in the inputs' | 'not written by its new build';
  /** The files removed, as the manifest named them ("<id>/<file>"). */
  readonly files: readonly string[];
}

export interface BatchResult {
  readonly manifest: Manifest;
  /** Earlier deliverables removed by this run, sorted by id then source. */
  readonly removed: readonly RemovedOutput[];
  readonly counts: BatchCounts;
  /** Wall time of the whole run, ms. */
  readonly ms: number;
  readonly manifestPath: string;
}
