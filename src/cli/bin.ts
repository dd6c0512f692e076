#!/usr/bin/env node
// The market-report command. All logic lives in main.ts; this is the one place that exits.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
