import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { listBrokenMarkdownLinks } from '../listBrokenMarkdownLinks.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes files into a new temporary folder and returns the folder. */
function repository(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'receivables-md-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const guide = [
  '---',
  'title: Guide',
  '---',
  '',
  '# Guide',
  '',
  '## Open items',
  '',
  '## Money · 金额',
  '',
  '## `preDue` and *more*',
  '',
  '## Open items',
  '',
  '<a id="custom-anchor"></a>',
].join('\n');

describe('listBrokenMarkdownLinks', () => {
  it('accepts links to files, folders and GitHub heading anchors, and counts links to other sites', () => {
    const dir = repository({
      'docs/guide.md': guide,
      'docs/data/sample.csv': 'id\n',
      'README.md': [
        '[guide](docs/guide.md) [anchor](docs/guide.md#open-items) [again](docs/guide.md#open-items-1)',
        '[chinese](docs/guide.md#money--金额) [code](docs/guide.md#predue-and-more) [html](docs/guide.md#custom-anchor)',
        '[folder](docs/data) [root](/docs/data/sample.csv) ![image](docs/data/sample.csv "title")',
        '[site](https://example.com) <a href="docs/guide.md">html link</a>',
        '[ref]: docs/guide.md',
      ].join('\n'),
    });
    const result = listBrokenMarkdownLinks(dir, ['README.md', 'docs/guide.md']);
    expect(result.broken).toEqual([]);
    expect(result).toMatchObject({ files: 2, links: 11, external: 1 });
  });

  it('reports a missing file, a missing anchor and a path outside the repository with file and line', () => {
    const dir = repository({
      'docs/guide.md': guide,
      'docs/faq.md': [
        'See [the guide](guide.md#closed-items).',
        '',
        '[gone](missing.md) [up](../../x.md)',
      ].join('\n'),
    });
    expect(listBrokenMarkdownLinks(dir, ['docs/faq.md']).broken).toEqual([
      {
        file: 'docs/faq.md',
        line: 1,
        link: 'guide.md#closed-items',
        reason: 'no heading or anchor "closed-items" in docs/guide.md',
      },
      { file: 'docs/faq.md', line: 3, link: 'missing.md', reason: 'no file docs/missing.md' },
      { file: 'docs/faq.md', line: 3, link: '../../x.md', reason: 'points outside the repository' },
    ]);
  });

  it('ignores links inside fenced code blocks and code spans, and checks anchors within the same file', () => {
    const dir = repository({
      'a.md': [
        '# A',
        '```md',
        '[not a link](missing.md)',
        '## Not a heading',
        '```',
        '`[also not](missing.md)` and [self](#a) and [wrong](#not-a-heading)',
      ].join('\n'),
    });
    const result = listBrokenMarkdownLinks(dir, ['a.md']);
    expect(result.links).toBe(2);
    expect(result.broken.map((link) => link.link)).toEqual(['#not-a-heading']);
  });
});

describe('properties', () => {
  const wordArbitrary = fc.stringMatching(/^[A-Za-z][a-z0-9]{0,8}$/);

  it('resolves a link to every heading, whatever its words, as GitHub anchors it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(wordArbitrary, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (headings) => {
          const seen = new Map<string, number>();
          const anchors = headings.map((words) => {
            const base = words.join('-').toLowerCase();
            const count = seen.get(base) ?? 0;
            seen.set(base, count + 1);
            return count === 0 ? base : `${base}-${count}`;
          });
          const text = [
            ...headings.map((words) => `## ${words.join(' ')}`),
            ...anchors.map((anchor) => `[x](#${anchor})`),
          ].join('\n');
          const result = listBrokenMarkdownLinks(repository({ 'a.md': text }), ['a.md']);
          expect(result.broken).toEqual([]);
          expect(result.links).toBe(headings.length);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('reports each added link to a missing file exactly once', () => {
    fc.assert(
      fc.property(fc.uniqueArray(wordArbitrary, { minLength: 1, maxLength: 5 }), (names) => {
        const text = names.map((name) => `- [${name}](${name}.md)`).join('\n');
        const result = listBrokenMarkdownLinks(repository({ 'index.md': text }), ['index.md']);
        expect(result.broken.map((link) => link.link)).toEqual(names.map((name) => `${name}.md`));
      }),
      { numRuns: 25 },
    );
  });
});
