import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// `npm run sweep`: the catalogue sweep (tests/sweep), kept out of `npm test` for its length.
export default defineConfig({ ...base, test: { ...base.test, include: ['tests/sweep/**/*.sweep.ts'] } });
