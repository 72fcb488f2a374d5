import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';

/** How to start the aging worker: its script (a path or, from the sources, bootstrap code) and options. @internal */
export interface AgingWorkerLaunch {
  readonly script: string | URL;
  readonly options: Pick<WorkerOptions, 'eval' | 'execArgv'>;
}

/**
 * Where the aging worker is and how to start it. In the built package this module is bundled into
 * `dist/bin.js` and `dist/index.js`, and tsup writes the worker entry `src/stream/agingWorker.ts` to
 * `dist/stream/agingWorker.js` (entries keep their folders below `src`; `dist/agingWorker.js`, beside
 * the bin, is accepted too). Run from the
 * TypeScript sources (tests, benchmarks, `tsx`), the worker is `agingWorker.ts` next to this file: it is
 * started through a small bootstrap that registers tsx's loader in the worker and then imports it, with
 * the `@receivables/source` condition so that the suite's packages resolve to their sources too
 * (`--import tsx` in `execArgv` does not reach a worker's entry module on Node 20).
 *
 * @param moduleUrl - `import.meta.url` of the calling module. @defaultValue this module's
 * @returns The script and the worker options.
 * @internal
 */
export function agingWorkerLaunch(moduleUrl: string = import.meta.url): AgingWorkerLaunch {
  if (!moduleUrl.endsWith('.ts')) return { script: builtWorker(moduleUrl), options: {} };
  const entry = new URL('./agingWorker.ts', moduleUrl).href;
  const code = `import(${JSON.stringify(tsxApiUrl(moduleUrl))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return { script: code, options: { eval: true, execArgv: ['--conditions=@receivables/source'] } };
}

function builtWorker(moduleUrl: string): URL {
  const candidates = [new URL('./stream/agingWorker.js', moduleUrl), new URL('./agingWorker.js', moduleUrl)];
  return candidates.find((candidate) => existsSync(candidate)) ?? candidates[0]!;
}

function tsxApiUrl(moduleUrl: string): string {
  const resolve = (import.meta as { resolve?: (specifier: string) => string }).resolve;
  if (typeof resolve === 'function') {
    try {
      return resolve('tsx/esm/api');
    } catch {
      // Fall through to the CommonJS resolver.
    }
  }
  // Under a test runner without import.meta.resolve: tsx's ESM API sits beside its CommonJS one.
  const commonJs = createRequire(fileURLToPath(moduleUrl)).resolve('tsx/esm/api');
  return pathToFileURL(commonJs.replace(/\.cjs$/, '.mjs')).href;
}
