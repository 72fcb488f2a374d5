import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  parseCreditNote,
  parseCustomer,
  parseDispute,
  parseInvoice,
  parsePayment,
  parsePortfolio,
  parsePromiseToPay,
} from '../../../../core/src/index.ts';
import { createGradeScale, createScorecard, parseRiskTiers } from '../../../../credit-scoring/src/index.ts';
import { parseReminderPolicy } from '../../../../reminder-policy/src/index.ts';
import { createHeadingSlugger } from '../createHeadingSlugger.ts';
import { generateReferencePages, type ReferenceFile } from '../generateReferencePages.ts';
import { referenceDocuments } from '../referenceDocuments.ts';
import { referencePagesCommand } from '../renderReferencePage.ts';

const rootDir = fileURLToPath(new URL('../../../../../', import.meta.url));
const referenceDir = join(rootDir, 'docs', 'reference');
let files: readonly ReferenceFile[] = [];

beforeAll(() => {
  // Builds a TypeScript program over four packages to read their TSDoc: a few seconds.
  files = generateReferencePages({ rootDir });
}, 120_000);

function committedFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? committedFiles(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

describe('the file-format reference (docs/reference)', () => {
  it('is what the script writes, page for page and schema for schema', () => {
    const stale = files
      .filter((file) => {
        const path = join(referenceDir, file.path);
        return !existsSync(path) || readFileSync(path, 'utf8') !== file.text;
      })
      .map((file) => file.path);
    expect(stale, `docs/reference is out of date; run: ${referencePagesCommand}`).toEqual([]);
  });

  it('has no file that the script does not write', () => {
    const written = files.map((file) => file.path).sort();
    expect(
      committedFiles(referenceDir).sort(),
      `remove the extra files, then run: ${referencePagesCommand}`,
    ).toEqual(written);
  });

  it('has one page per document type, each linked from the index', () => {
    const index = files.find((file) => file.path === 'README.md')?.text ?? '';
    for (const document of referenceDocuments) {
      expect(index).toContain(`](${document.file})`);
      expect(index).toContain(`  - ./${document.file}`);
      expect(files.some((file) => file.path === document.file)).toBe(true);
    }
  });

  it('shows examples that the parsers accept', () => {
    const parsers: Readonly<Record<string, (value: never) => unknown>> = {
      'portfolio.md': parsePortfolio,
      'customers.md': (records: readonly unknown[]) => records.map(parseCustomer),
      'invoices.md': (records: readonly unknown[]) => records.map(parseInvoice),
      'payments.md': (records: readonly unknown[]) => records.map(parsePayment),
      'credit-notes.md': (records: readonly unknown[]) => records.map(parseCreditNote),
      'disputes.md': (records: readonly unknown[]) => records.map(parseDispute),
      'promises.md': (records: readonly unknown[]) => records.map(parsePromiseToPay),
      'reminder-policy.md': parseReminderPolicy,
      'scorecard.md': createScorecard,
      'grade-scale.md': createGradeScale,
      'risk-tiers.md': parseRiskTiers,
    };
    for (const document of referenceDocuments) {
      if (document.example === undefined) continue;
      const parse = parsers[document.file];
      expect(parse, `no parser for the example of ${document.file}`).toBeDefined();
      // Through JSON, as a file would be read.
      expect(() => parse?.(JSON.parse(JSON.stringify(document.example?.value)) as never)).not.toThrow();
    }
  });
});

describe('properties', () => {
  it('resolves every link inside a page: each #anchor is the anchor TypeDoc gives one of its headings', () => {
    for (const file of files.filter((candidate) => candidate.path.endsWith('.md'))) {
      const slug = createHeadingSlugger();
      const anchors = new Set(
        [...file.text.matchAll(/^#{1,6} (.+)$/gm)].map((match) =>
          slug((match[1] ?? '').replaceAll('&lt;', '<')),
        ),
      );
      const links = [...file.text.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1] ?? '');
      expect(
        links.filter((link) => !anchors.has(link)),
        file.path,
      ).toEqual([]);
    }
  });

  it('keeps every schema file equal to the schema its package exports', () => {
    for (const document of referenceDocuments) {
      const path = `schemas/${document.file.replace(/\.md$/, '')}.schema.json`;
      const text = files.find((file) => file.path === path)?.text ?? '';
      expect(JSON.parse(text), path).toEqual(JSON.parse(JSON.stringify(document.schema)));
    }
  });
});
