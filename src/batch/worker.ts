// Entry script of a batch worker thread: one request at a time in, one
// response out. All the work is in worker-handler.ts.
import { parentPort } from 'node:worker_threads';
import type { WorkerRequest } from './protocol.js';
import { createWorkerHandler } from './worker-handler.js';

if (!parentPort) throw new Error('batch/worker.js must run as a worker thread');
const port = parentPort;
const handle = createWorkerHandler();
port.on('message', (request: WorkerRequest) => {
  void handle(request).then((response) => port.postMessage(response));
});
