/**
 * Checks the documentation's links: every internal link and anchor of the built site (run
 * `pnpm run docs` first) and every relative link of docs/**\/*.md and the README.md files.
 *
 *   pnpm run docs && npx tsx packages/testing/src/scripts/checkDocLinks.ts
 *
 * Exits with 1 and lists each broken link (file:line: link (reason)) when there is one; links to other
 * sites are counted but never fetched, so the check is offline and gives the same answer every time.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LinkCheckResult } from '../docLinks/BrokenLink.ts';
import { listBrokenMarkdownLinks } from '../docLinks/listBrokenMarkdownLinks.ts';
import { listBrokenSiteLinks } from '../docLinks/listBrokenSiteLinks.ts';
import { listFiles } from '../docLinks/listFiles.ts';

const rootDir = fileURLToPath(new URL('../../../../', import.meta.url));
const siteDir = join(rootDir, 'docs', 'api');
const skip = [
  'node_modules',
  '.git',
  'dist',
  'coverage',
  '.ci-out',
  '.doc-examples',
  '.stryker-tmp',
  'reports',
  'test-artifacts',
  'docs/api',
];
const markdownFiles = listFiles(rootDir, (name) => name.endsWith('.md'), skip).filter(
  (file) => file.startsWith('docs/') || file === 'README.md' || file.endsWith('/README.md'),
);

const report = (title: string, result: LinkCheckResult, prefix: string): number => {
  for (const link of result.broken)
    console.log(`${prefix}${link.file}:${link.line}: ${link.link} (${link.reason})`);
  console.log(
    `${title}: ${result.links} links in ${result.files} files, ${result.broken.length} broken (${result.external} links to other sites not checked)`,
  );
  return result.broken.length;
};

let broken = report('Markdown', listBrokenMarkdownLinks(rootDir, markdownFiles), '');
if (existsSync(siteDir)) {
  broken += report('Site (docs/api)', listBrokenSiteLinks(siteDir), 'docs/api/');
} else {
  console.log('Site (docs/api): not built; run `pnpm run docs` first');
  broken++;
}
process.exitCode = broken > 0 ? 1 : 0;
