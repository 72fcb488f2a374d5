import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMatrix } from '../formatMatrix.ts';
import { replaceMarkedSection } from '../replaceMarkedSection.ts';

describe('formatMatrix', () => {
  it('writes a Markdown table with a mark and note per cell', () => {
    expect(
      formatMatrix(
        'entry',
        ['A', 'B', 'C'],
        [
          {
            label: 'x',
            cells: [{ status: 'pass', note: '+ 9 examples' }, { status: 'fail' }, { status: 'skipped' }],
          },
          { label: 'y', cells: [{ status: 'n/a' }] },
        ],
      ),
    ).toBe(
      '| entry | A | B | C |\n| --- | --- | --- | --- |\n| x | ✓ + 9 examples | ✗ | skipped |\n| y | — | — | — |\n',
    );
  });
});

describe('replaceMarkedSection', () => {
  it('replaces what lies between the markers and nothing else', () => {
    const page = '# Quality\n\n<!-- m:start -->\nold\ntable\n<!-- m:end -->\n\n## Next\n';
    expect(replaceMarkedSection(page, 'm', 'new')).toBe(
      '# Quality\n\n<!-- m:start -->\nnew\n<!-- m:end -->\n\n## Next\n',
    );
  });

  it('throws when the markers are missing or reversed', () => {
    expect(() => replaceMarkedSection('no markers', 'm', 'x')).toThrow(
      'replaceMarkedSection: the document has no',
    );
    expect(() => replaceMarkedSection('<!-- m:end -->\n<!-- m:start -->', 'm', 'x')).toThrow(
      /no "<!-- m:start -->"/,
    );
  });
});

describe('properties', () => {
  const text = fc.string().filter((value) => !value.includes('<!--'));

  it('is idempotent: recording the same content twice gives the same page', () => {
    fc.assert(
      fc.property(text, text, text, text, (before, old, after, content) => {
        const page = `${before}<!-- s:start -->${old}<!-- s:end -->${after}`;
        const once = replaceMarkedSection(page, 's', content);
        expect(replaceMarkedSection(once, 's', content)).toBe(once);
      }),
    );
  });

  it('preserves the rest: the text around the markers is unchanged', () => {
    fc.assert(
      fc.property(text, text, text, text, (before, old, after, content) => {
        const page = `${before}<!-- s:start -->${old}<!-- s:end -->${after}`;
        const updated = replaceMarkedSection(page, 's', content);
        expect(updated.startsWith(`${before}<!-- s:start -->`)).toBe(true);
        expect(updated.endsWith(`<!-- s:end -->${after}`)).toBe(true);
      }),
    );
  });

  it('has one row per entry and one cell per column', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1 }).filter((label) => !/[|\n]/.test(label))),
        fc.integer({ min: 1, max: 8 }),
        (labels, width) => {
          const columns = Array.from({ length: width }, (_, index) => `c${index}`);
          const table = formatMatrix(
            'entry',
            columns,
            labels.map((label) => ({ label, cells: [] })),
          );
          const lines = table.trimEnd().split('\n');
          expect(lines).toHaveLength(labels.length + 2);
          for (const line of lines.slice(2)) expect(line.split(' | ')).toHaveLength(width + 1);
        },
      ),
    );
  });
});
