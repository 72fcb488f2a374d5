import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { BrokenLink, LinkCheckResult } from './BrokenLink.ts';

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const INLINE_LINK = /!?\[(?:[^\]\\]|\\.)*\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/;
const HTML_LINK = /\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const HTML_ANCHOR = /<a\s[^>]*\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Checks the relative links of Markdown files as GitHub shows them: every link, image and HTML
 * `href`/`src` outside code must name an existing file or folder (relative to the file, or to the
 * repository root when it starts with `/`), and a `#fragment` to a Markdown file must name one of its
 * headings (GitHub's anchors) or an HTML anchor in it. Links to other sites are counted, never fetched.
 *
 * @param rootDir - The repository root.
 * @param files - The Markdown files to check, relative to `rootDir` with `/` separators.
 * @returns The files and links checked and every broken link with its file, line and reason.
 */
export function listBrokenMarkdownLinks(rootDir: string, files: readonly string[]): LinkCheckResult {
  const anchors = new Map<string, ReadonlySet<string>>();
  const anchorsOf = (file: string): ReadonlySet<string> => {
    let found = anchors.get(file);
    if (found === undefined) {
      found = markdownAnchors(readFileSync(join(rootDir, file), 'utf8'));
      anchors.set(file, found);
    }
    return found;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  let external = 0;
  for (const file of files) {
    for (const { line, link } of markdownLinks(readFileSync(join(rootDir, file), 'utf8'))) {
      if (EXTERNAL.test(link)) {
        external++;
        continue;
      }
      links++;
      const hash = link.indexOf('#');
      const path = safeDecode((hash < 0 ? link : link.slice(0, hash)).replace(/\?.*$/, ''));
      const fragment = hash < 0 ? '' : safeDecode(link.slice(hash + 1));
      const target =
        path === ''
          ? file
          : posix.normalize(path.startsWith('/') ? path.slice(1) : posix.join(posix.dirname(file), path));
      let reason: string | undefined;
      if (target.startsWith('../')) reason = 'points outside the repository';
      else if (!existsSync(join(rootDir, target))) reason = `no file ${target}`;
      else if (fragment !== '' && target.endsWith('.md') && !anchorsOf(target).has(fragment.toLowerCase()))
        reason = `no heading or anchor "${fragment}" in ${target}`;
      if (reason !== undefined) broken.push({ file, line, link, reason });
    }
  }
  return { files: files.length, links, external, broken };
}

/** The links of a Markdown text with their lines, outside fenced code blocks and code spans. */
function markdownLinks(text: string): { line: number; link: string }[] {
  const found: { line: number; link: string }[] = [];
  forEachProseLine(text, (prose, line) => {
    for (const match of prose.matchAll(INLINE_LINK)) found.push({ line, link: unwrap(match[1] ?? '') });
    const definition = REFERENCE_DEFINITION.exec(prose);
    if (definition) found.push({ line, link: unwrap(definition[1] ?? '') });
    for (const match of prose.matchAll(HTML_LINK)) found.push({ line, link: match[1] ?? match[2] ?? '' });
  });
  return found.filter(({ link }) => link !== '');
}

/**
 * The anchors GitHub gives a Markdown file: one per heading (the text without its Markdown, lower case,
 * punctuation dropped, spaces turned into hyphens, `-1`, `-2`, … for repeats) and the ids and names of
 * its HTML anchors.
 */
function markdownAnchors(text: string): ReadonlySet<string> {
  const anchors = new Set<string>();
  const counts = new Map<string, number>();
  forEachProseLine(text, (prose, _line, raw) => {
    const heading = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+\s*)?$/.exec(raw);
    if (heading) {
      const plain = (heading[1] ?? '')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<[^>]+>/g, '')
        .replace(/[`*]/g, '');
      const base = plain
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
        .replace(/ /g, '-');
      const count = counts.get(base) ?? 0;
      anchors.add(count === 0 ? base : `${base}-${count}`);
      counts.set(base, count + 1);
    }
    for (const match of prose.matchAll(HTML_ANCHOR)) anchors.add((match[1] ?? match[2] ?? '').toLowerCase());
  });
  return anchors;
}

/**
 * Calls `visit` for each line outside front matter and fenced code blocks, with code spans blanked
 * out (`prose`) and as written (`raw`), and its 1-based number.
 */
function forEachProseLine(text: string, visit: (prose: string, line: number, raw: string) => void): void {
  const lines = text.split(/\r?\n/);
  let fence: string | undefined;
  let start = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) start = end + 1;
  }
  for (let index = start; index < lines.length; index++) {
    const raw = lines[index] ?? '';
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker !== undefined) {
      fence = marker;
      continue;
    }
    visit(raw.replace(/(`+)[^`]*?\1/g, ''), index + 1, raw);
  }
}

function unwrap(link: string): string {
  return link.startsWith('<') && link.endsWith('>') ? link.slice(1, -1) : link;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
