import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generatePortfolio } from '@receivables/testing';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportData } from '../buildReportData.ts';
import type { ReportData } from '../ReportData.ts';
import { renderReport } from '../renderReport.ts';

/**
 * Opens the report in headless Chromium with every network request blocked, checks that the charts
 * render with the figures of the data and that nothing fails, and saves a full-page screenshot to
 * `test-artifacts/report.png` at the repository root.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(executablePath);
const howToInstall =
  'install it with `apt-get install -y chromium` (Debian/Ubuntu) or point CHROMIUM_PATH at a Chromium or Chrome binary';
if (!available && !process.env.CI) {
  console.warn(`report.browser.test: skipped, no Chromium at ${executablePath}; ${howToInstall}.`);
}

const repositoryRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const hostileName = `<script>alert("pwned")</script> O'Brien & "Sons"`;

function reportData(): ReportData {
  const generated = generatePortfolio({ seed: 20261122, customers: 50, invoices: 500, asOf: '2026-06-30' });
  // The customer owing the most overdue gets a name that tries to run a script.
  const portfolio = {
    ...generated,
    customers: generated.customers.map((customer) =>
      customer.id === 'C0036' ? { ...customer, name: hostileName } : customer,
    ),
  };
  return buildReportData(
    { portfolio, creditProfiles: new Map(), history: {}, skipped: [], files: ['portfolio.json'] },
    { asOf: '2026-06-30', reportingCurrency: 'CNY', rates: { USD: '7.1234' } },
  );
}

interface Shape {
  readonly attributes: Readonly<Record<string, string>>;
  readonly width: number;
  readonly height: number;
}

/** Every element matching `selector` with its data attributes and rendered size. */
function shapes(page: Page, selector: string): Promise<Shape[]> {
  return page.$$eval(selector, (elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      const attributes: Record<string, string> = {};
      for (const attribute of Array.from(element.attributes)) {
        if (attribute.name.startsWith('data-')) attributes[attribute.name] = attribute.value;
      }
      return { attributes, width: box.width, height: box.height };
    }),
  );
}

/** The drawn lengths are all the same multiple of the figures (to rendering precision). */
function expectProportional(lengths: readonly number[], figures: readonly number[]): void {
  const largest = figures.indexOf(Math.max(...figures));
  const scale = (lengths[largest] ?? 0) / (figures[largest] ?? 1);
  expect(scale).toBeGreaterThan(0);
  figures.forEach((figure, index) => {
    expect(Math.abs((lengths[index] ?? 0) - figure * scale)).toBeLessThanOrEqual(0.05);
  });
}

describe.skipIf(!available && !process.env.CI)('the report in headless Chromium', () => {
  const data = reportData();
  const blocked: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  let folder = '';
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    if (!available)
      throw new Error(
        `report.browser.test: no Chromium at ${executablePath} while CI is set; ${howToInstall}`,
      );
    folder = await mkdtemp(join(tmpdir(), 'receivables-report-'));
    const file = join(folder, 'report.html');
    await writeFile(file, renderReport(data));
    const url = pathToFileURL(file).href;
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, offline: true });
    // Only the page itself may load; everything else is blocked and recorded, so the test proves the page needs nothing.
    await context.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (request.url() !== url) blocked.push(request.url());
    });
    await page.goto(url, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (folder !== '') await rm(folder, { recursive: true, force: true });
  });

  it('loads without any request beyond the page, and without errors or dialogs', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toBe(data.title);
    expect(blocked).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
    // The name is shown as text, whole, in the ranking table.
    expect(await page.locator('#overdue tbody th[scope="row"]').first().textContent()).toBe(
      `${hostileName}C0036`,
    );
  });

  it('draws every chart as a visible accessible image', async () => {
    const charted = data.aging.lines.filter((line) => line.charted).length;
    const rankings = data.topOverdue.groups.filter((group) => group.customers.length > 0).length;
    const charts = await shapes(page, 'svg.chart');
    expect(charts).toHaveLength(charted + rankings + 1);
    for (const chart of charts) {
      expect(chart.width).toBeGreaterThan(300);
      expect(chart.height).toBeGreaterThan(100);
    }
    expect(await page.locator('svg.chart[role="img"] > title').count()).toBe(charts.length);
    expect(await page.locator('svg.chart[role="img"] > desc').count()).toBe(charts.length);
  });

  it('stacks the aging bars with the figures of the data, heights in proportion', async () => {
    const line = data.aging.lines.find((candidate) => candidate.charted);
    const drawn = await shapes(page, '#aging-chart-0 rect[data-segment]');
    const expected = (line?.buckets ?? []).flatMap((bucket) => [
      {
        'data-bucket': bucket.bucketId,
        'data-segment': 'undisputed',
        'data-amount': bucket.undisputed.amount,
        'data-currency': 'CNY',
      },
      {
        'data-bucket': bucket.bucketId,
        'data-segment': 'disputed',
        'data-amount': bucket.disputed.amount,
        'data-currency': 'CNY',
      },
    ]);
    expect(drawn.map((shape) => shape.attributes)).toEqual(expected);
    expectProportional(
      drawn.map((shape) => shape.height),
      expected.map((figure) => Number(figure['data-amount'])),
    );
    const bars = await shapes(page, '#aging-chart-0 g.bar');
    expect(bars.map((bar) => bar.attributes['data-amount'])).toEqual(
      line?.buckets.map((bucket) => bucket.balance.amount),
    );
  });

  it('ranks the overdue customers with bar lengths in proportion to their overdue amounts', async () => {
    const group = data.topOverdue.groups[0];
    const drawn = await shapes(page, '#overdue-chart-0 rect[data-customer]');
    expect(
      drawn.map((shape) => [shape.attributes['data-customer'], shape.attributes['data-amount']]),
    ).toEqual(group?.customers.map((customer) => [customer.customerId, customer.overdue.amount]));
    expectProportional(
      drawn.map((shape) => shape.width),
      drawn.map((shape) => Number(shape.attributes['data-amount'])),
    );
  });

  it('charts the grades with the counts and exposures of the data', async () => {
    const drawn = await shapes(page, '#grades-chart rect[data-grade]');
    expect(
      drawn.map((shape) => [
        shape.attributes['data-grade'],
        shape.attributes['data-count'],
        shape.attributes['data-amount'],
      ]),
    ).toEqual(data.grades.rows.map((row) => [row.gradeId, String(row.count), row.exposure[0]?.amount]));
  });

  it('shows each KPI with the value of the data', async () => {
    const cards = await shapes(page, 'article.kpi');
    expect(cards.map((card) => [card.attributes['data-kpi'], card.attributes['data-value']])).toEqual(
      data.kpis.items.map((kpi) => [kpi.id, kpi.value ?? undefined]),
    );
  });

  it('saves a full-page screenshot for people to look at', async () => {
    const folderPath = join(repositoryRoot, 'test-artifacts');
    await mkdir(folderPath, { recursive: true });
    const path = join(folderPath, 'report.png');
    const image = await page.screenshot({ path, fullPage: true });
    expect(image.length).toBeGreaterThan(10_000);
    expect(existsSync(path)).toBe(true);
  });
});
