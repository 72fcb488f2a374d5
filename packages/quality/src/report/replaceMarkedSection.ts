/**
 * Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in a document, leaving the
 * markers and everything outside them as they are, so generated tables can live in a hand-written page.
 *
 * @param document - The whole document.
 * @param name - The markers' name.
 * @param content - The new text between the markers.
 * @returns The updated document.
 * @throws Error when the markers are missing or out of order.
 *
 * @example
 * ```ts
 * import { replaceMarkedSection } from '@receivables/quality';
 *
 * const page = 'intro\n<!-- sizes:start -->\nold\n<!-- sizes:end -->\noutro\n';
 * console.log(JSON.stringify(replaceMarkedSection(page, 'sizes', 'new\n'))); // "intro\n<!-- sizes:start -->\nnew\n<!-- sizes:end -->\noutro\n"
 * ```
 */
export function replaceMarkedSection(document: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) {
    throw new Error(`replaceMarkedSection: the document has no "${start}" … "${end}" pair`);
  }
  const body = content.endsWith('\n') ? content : `${content}\n`;
  return `${document.slice(0, from + start.length)}\n${body}${document.slice(to)}`;
}
