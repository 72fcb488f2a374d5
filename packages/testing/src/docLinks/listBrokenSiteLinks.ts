import { readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { BrokenLink, LinkCheckResult } from './BrokenLink.ts';
import { listFiles } from './listFiles.ts';

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const LINK_ATTRIBUTE = /\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ID_ATTRIBUTE = /\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** The compressed data TypeDoc's scripts build the navigation and the search index from. */
const SITE_DATA =
  /window\.(navigationData|searchData)\s*=\s*"(?:data:application\/octet-stream;base64,)?([^"]+)"/;

/**
 * Checks every internal link of a built static site (TypeDoc's output in docs/api): each `href` and
 * `src` of every HTML page, and the page paths inside TypeDoc's compressed navigation and search data,
 * must name a file of the site, and a `#fragment` must name an element id (or `name`) of the target
 * page or SVG sprite. Links to other sites are counted and left alone, so the check needs no network.
 *
 * @param siteDir - The built site's folder.
 * @returns The files and links checked and every broken link with its file, line and reason.
 */
export function listBrokenSiteLinks(siteDir: string): LinkCheckResult {
  const files = listFiles(siteDir, () => true);
  const present = new Set(files);
  const ids = new Map<string, ReadonlySet<string>>();
  const idsOf = (file: string): ReadonlySet<string> => {
    let found = ids.get(file);
    if (found === undefined) {
      const text = readFileSync(join(siteDir, file), 'utf8');
      found = new Set(
        [...text.matchAll(ID_ATTRIBUTE)].map((match) => decodeEntities(match[1] ?? match[2] ?? '')),
      );
      ids.set(file, found);
    }
    return found;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  let external = 0;
  /** Checks one link of `file`, resolved from the folder of `base` (the file itself, for pages). */
  const check = (file: string, line: number, link: string, base = file): void => {
    if (link === '' || link === '#') return;
    if (EXTERNAL.test(link)) {
      external++;
      return;
    }
    links++;
    const reason = resolveProblem(base, link);
    if (reason !== undefined) broken.push({ file, line, link, reason });
  };
  const resolveProblem = (file: string, link: string): string | undefined => {
    const hash = link.indexOf('#');
    const path = (hash < 0 ? link : link.slice(0, hash)).replace(/\?.*$/, '');
    const fragment = hash < 0 ? '' : safeDecode(link.slice(hash + 1));
    let target = path === '' ? file : posix.normalize(posix.join(posix.dirname(file), safeDecode(path)));
    if (target.startsWith('../') || target === '..') return 'points outside the site';
    if (path.endsWith('/') || isDirectory(join(siteDir, target))) target = posix.join(target, 'index.html');
    if (!present.has(target)) return `no file ${target}`;
    if (fragment !== '' && /\.(html|svg)$/.test(target) && !idsOf(target).has(fragment))
      return `no element with id "${fragment}" in ${target}`;
    return undefined;
  };

  const pages = files.filter((file) => file.endsWith('.html'));
  for (const page of pages) {
    readFileSync(join(siteDir, page), 'utf8')
      .split('\n')
      .forEach((text, index) => {
        for (const match of text.matchAll(LINK_ATTRIBUTE))
          check(page, index + 1, decodeEntities(match[1] ?? match[2] ?? ''));
      });
  }
  let scripts = 0;
  for (const script of files.filter((file) => file.endsWith('.js'))) {
    const match = SITE_DATA.exec(readFileSync(join(siteDir, script), 'utf8'));
    if (match === null) continue;
    scripts++;
    const data: unknown = JSON.parse(inflateSync(Buffer.from(match[2] ?? '', 'base64')).toString('utf8'));
    // The paths in the data are relative to the site's root, like links from its index page.
    for (const path of sitePaths(data)) check(script, 1, path, 'index.html');
  }
  return { files: pages.length + scripts, links, external, broken };
}

function sitePaths(data: unknown): string[] {
  const paths: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'url') && typeof value === 'string') paths.push(value);
        else visit(value);
      }
    }
  };
  visit(data);
  return paths;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}
