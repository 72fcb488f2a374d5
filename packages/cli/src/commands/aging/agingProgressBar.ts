import { SingleBar } from 'cli-progress';
import type { CliIo } from '../../program/CliIo.ts';

/** A progress bar by bytes read. @internal */
export interface AgingProgressBar {
  readonly update: (done: number, total: number) => void;
  readonly stop: () => void;
}

const MEBIBYTE = 1024 * 1024;

/**
 * A progress bar on standard error, by mebibytes read, for stream mode; `undefined` (no bar) when
 * standard error is not an interactive terminal or `CI` is set, so logs and pipes never get one.
 * Never written to standard output.
 *
 * @param io - The run's streams and environment.
 * @returns The bar, or `undefined`.
 * @internal
 */
export function agingProgressBar(io: CliIo): AgingProgressBar | undefined {
  if (!io.interactive || (io.env.CI !== undefined && io.env.CI !== '')) return undefined;
  const terminal = {
    isTTY: true,
    columns: 80,
    write(text: string): boolean {
      io.stderr(text);
      return true;
    },
  };
  const bar = new SingleBar({
    stream: terminal as unknown as NodeJS.WritableStream,
    format: 'aging |{bar}| {percentage}% {doneMiB}/{totalMiB} MiB',
    hideCursor: true,
    clearOnComplete: true,
    barsize: 30,
  });
  let started = false;
  return {
    update(done, total) {
      const payload = { doneMiB: (done / MEBIBYTE).toFixed(1), totalMiB: (total / MEBIBYTE).toFixed(1) };
      if (!started) {
        started = true;
        bar.start(total, done, payload);
      } else bar.update(done, payload);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
