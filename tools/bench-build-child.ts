/**
 * One benchmark build, in its own process so its peak memory can be read.
 * Expects CONTENT_DIR and BENCH_OUT; prints one JSON line at the end.
 */
import { build } from 'astro';

const outDir = process.env.BENCH_OUT;
if (!outDir || !process.env.CONTENT_DIR) throw new Error('bench-build-child needs CONTENT_DIR and BENCH_OUT');
const started = performance.now();
await build({ root: process.cwd(), outDir, cacheDir: `${outDir}-cache`, logLevel: 'error' });
// src/data/gaps.ts records how long the gap analysis took, in this same process.
const gapMs = (globalThis as { __llwybrauGapAnalysisMs?: number }).__llwybrauGapAnalysisMs ?? null;
console.log(
  JSON.stringify({ seconds: (performance.now() - started) / 1000, maxRssKiB: process.resourceUsage().maxRSS, gapMs }),
);
