import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { listBrokenSiteLinks } from '../listBrokenSiteLinks.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes a small site into a new temporary folder and returns the folder. */
function site(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'receivables-site-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function page(body: string): string {
  return `<!DOCTYPE html><html><head><link rel="stylesheet" href="../assets/style.css"/></head><body>\n${body}\n</body></html>`;
}

/** TypeDoc's navigation data: deflated JSON in base64, assigned to a global. */
function navigation(data: unknown): string {
  const encoded = deflateSync(Buffer.from(JSON.stringify(data))).toString('base64');
  return `window.navigationData = "data:application/octet-stream;base64,${encoded}"`;
}

const healthy = {
  'index.html':
    '<a href="documents/guide.html#open-items">guide</a> <a href="https://typedoc.org/">TypeDoc</a>',
  'assets/style.css': 'body {}',
  'assets/icons.svg': '<svg><g id="icon-anchor"></g></svg>',
  'assets/navigation.js': navigation([{ text: 'Guide', path: 'documents/guide.html', children: [] }]),
  'documents/guide.html': page(
    '<h2 id="open-items">Open items</h2><a href="#open-items">here</a> <a href="../index.html">home</a>\n<svg><use href="../assets/icons.svg#icon-anchor"></use></svg> <a href="#">top</a>',
  ),
};

describe('listBrokenSiteLinks', () => {
  it('finds nothing broken in a site whose links, anchors, sprites and navigation all resolve', () => {
    const result = listBrokenSiteLinks(site(healthy));
    expect(result.broken).toEqual([]);
    expect(result.files).toBe(3);
    expect(result.links).toBe(6);
    expect(result.external).toBe(1);
  });

  it('reports a missing page, a missing anchor and a missing sprite with file, line and reason', () => {
    const result = listBrokenSiteLinks(
      site({
        ...healthy,
        'documents/guide.html': page(
          '<a href="missing.html">x</a>\n<a href="#no-such-heading">y</a> <a href="../assets/icons.svg#icon-gone">z</a>',
        ),
      }),
    );
    expect(result.broken).toEqual([
      {
        file: 'documents/guide.html',
        line: 2,
        link: 'missing.html',
        reason: 'no file documents/missing.html',
      },
      {
        file: 'documents/guide.html',
        line: 3,
        link: '#no-such-heading',
        reason: 'no element with id "no-such-heading" in documents/guide.html',
      },
      {
        file: 'documents/guide.html',
        line: 3,
        link: '../assets/icons.svg#icon-gone',
        reason: 'no element with id "icon-gone" in assets/icons.svg',
      },
      {
        file: 'index.html',
        line: 1,
        link: 'documents/guide.html#open-items',
        reason: 'no element with id "open-items" in documents/guide.html',
      },
    ]);
  });

  it('checks the pages named in the navigation data from the site root', () => {
    const result = listBrokenSiteLinks(
      site({ ...healthy, 'assets/navigation.js': navigation([{ path: 'documents/gone.html' }]) }),
    );
    expect(result.broken).toEqual([
      {
        file: 'assets/navigation.js',
        line: 1,
        link: 'documents/gone.html',
        reason: 'no file documents/gone.html',
      },
    ]);
  });

  it('refuses a link that leaves the site and decodes entities and escapes in links', () => {
    const result = listBrokenSiteLinks(
      site({
        'index.html': '<a href="../outside.html">x</a> <a href="a%20b.html?x=1&amp;y=2">y</a>',
        'a b.html': '',
      }),
    );
    expect(result.broken.map((link) => link.reason)).toEqual(['points outside the site']);
    expect(result.links).toBe(2);
  });
});

describe('properties', () => {
  const idArbitrary = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);

  it('resolves a link to any id a page has, and reports one to any id it lacks', () => {
    fc.assert(
      fc.property(fc.uniqueArray(idArbitrary, { minLength: 2, maxLength: 6 }), (ids) => {
        const [absent = '', ...present] = ids;
        const headings = present.map((id) => `<h2 id="${id}">${id}</h2>`).join('');
        const links = ids.map((id) => `<a href="#${id}">${id}</a>`).join('');
        const result = listBrokenSiteLinks(site({ 'index.html': `${headings}${links}` }));
        expect(result.links).toBe(ids.length);
        expect(result.broken.map((link) => link.link)).toEqual([`#${absent}`]);
      }),
      { numRuns: 25 },
    );
  });

  it('never fetches nor counts as broken a link to another site', () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        const result = listBrokenSiteLinks(
          site({ 'index.html': `<a href="${url.replaceAll('"', '%22')}">x</a>` }),
        );
        expect(result).toMatchObject({ links: 0, external: 1, broken: [] });
      }),
      { numRuns: 10 },
    );
  });
});
