#!/usr/bin/env -S MALLOC_ARENA_MAX=1 node
// The market-report command. All logic lives in main.ts; this is the one place that exits.
//
// MALLOC_ARENA_MAX=1 (first line; glibc reads it only at process start): by
// default glibc gives every thread that allocates its own malloc arena, and
// each batch worker's arena keeps what it once held. One shared arena lowered
// a 2-worker batch's peak RSS by ~80 MB (60 reports: 462 vs 544-572 MiB) in
// the same wall time. `node dist/cli/bin.js` works the same without it.
import { main } from './main.js';

// A reader that goes away (`market-report batch data | head -1`) must not turn
// into a crash with a stack: the work goes on, and only the printing stops.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
