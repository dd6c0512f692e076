// What the batch tells a user, in one place (candidates for ../messages.ts).
import { shown } from '../messages.js';

export const batchMessages = {
  inputNotFound: (input: string) => `batch: ${shown(input)} does not exist (name a folder of datasets, a dataset file or a glob)`,
  inputUnreadable: (input: string, code: string) => `batch: folder ${shown(input)} cannot be read (${code})`,
  inputUnreachable: (input: string, code: string) =>
    `batch: ${shown(input)} cannot be opened (${code === 'ELOOP' ? 'ELOOP: its symbolic links lead round in a circle' : code})`,
  noDatasets: (input: string) => `batch: ${shown(input)} holds no dataset (*.json files other than *.schema.json and manifest.json)`,
  duplicateId: (id: string, first: string) =>
    `id "${id}" is also the id of ${shown(first)}; each report needs its own id (it names the output folder)`,
  manifestUnreadable: (file: string) => `${shown(file)} is not a manifest this version can read; rebuilding every report`,
  staleNotRemoved: (file: string, code: string) => `${shown(file)} is no longer current but could not be removed (${code}); remove it by hand`,
  badWorkers: (value: string, max: number, cores: number) =>
    `batch: --workers must be a whole number from 1 to ${max} (${max / cores} per core; this machine has ${cores}), not "${value}"`,
} as const;
