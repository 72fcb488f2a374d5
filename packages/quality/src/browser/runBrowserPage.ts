import type { Browser } from 'playwright-core';
import type { BrowserPageOutcome } from './BrowserEntryOutcome.ts';
import type { BrowserPage } from './BrowserPage.ts';
import { judgeBrowserResults, type RecordedRun } from './judgeBrowserResults.ts';

const ORIGIN = 'http://receivables.test';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
};

/**
 * Opens a bundled page in a fresh browser context, serving its files from memory under a made-up
 * origin (nothing else may be requested), waits for its harness to finish and judges every program.
 * Any console error, uncaught error or outside request is a problem of the page.
 *
 * @param browser - A launched browser.
 * @param page - The bundled page.
 * @param timeoutMs - How long the page may take.
 * @returns Each program's outcome and the page's own problems.
 */
export async function runBrowserPage(
  browser: Browser,
  page: BrowserPage,
  timeoutMs = 120_000,
): Promise<BrowserPageOutcome> {
  const started = performance.now();
  const pageProblems: string[] = [];
  const context = await browser.newContext();
  try {
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const path = url.pathname.replace(/^\//, '') || 'index.html';
      const body = url.origin === ORIGIN ? page.files.get(path) : undefined;
      if (body === undefined) {
        pageProblems.push(`requested ${route.request().url()}, which is not part of the page`);
        await route.abort();
        return;
      }
      const extension = path.split('.').pop() ?? '';
      await route.fulfill({ status: 200, contentType: CONTENT_TYPES[extension] ?? 'text/plain', body });
    });
    const tab = await context.newPage();
    tab.on('console', (message) => {
      if (message.type() === 'error') pageProblems.push(`console error: ${message.text()}`);
    });
    tab.on('pageerror', (error) => pageProblems.push(`uncaught ${error.name}: ${error.message}`));
    await tab.goto(`${ORIGIN}/index.html`);
    try {
      await tab.waitForFunction(() => document.title === 'done', undefined, { timeout: timeoutMs });
    } catch {
      pageProblems.push(`the page did not finish within ${timeoutMs / 1000} s`);
      return { entries: [], pageProblems, seconds: (performance.now() - started) / 1000 };
    }
    const recorded = (await tab.evaluate(
      () => (globalThis as { __receivablesResults?: unknown }).__receivablesResults,
    )) as RecordedRun[];
    return {
      entries: judgeBrowserResults(page.entries, recorded),
      pageProblems,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await context.close();
  }
}
