import { formatPath } from '@receivables/core';
import type { ScriptCatalog } from '@receivables/script-catalog';
import type { DocumentPath } from './invalidDocument.ts';

type Keyed = Readonly<Record<string, unknown>>;

/** How `extendCatalog` matches an addition to an entry of the base: the key, and the id `replace` names. */
const MERGED: Readonly<
  Record<string, { readonly key: (item: Keyed) => string; readonly id: (item: Keyed) => string }>
> = {
  templates: {
    key: (item) => `${String(item.id)}\u0000${String(item.locale)}`,
    id: (item) => String(item.id),
  },
  locales: { key: (item) => String(item.locale), id: (item) => String(item.locale) },
  lintRules: { key: (item) => String(item.id), id: (item) => String(item.id) },
  excuses: { key: (item) => String(item.id), id: (item) => String(item.id) },
};

/**
 * Where an `extendCatalog` issue lies in a catalog file. Issues about the additions and the options
 * (`additions.templates[0].body`, `options.replace.templates`) are in the file as they are; issues about
 * the combined catalog (`templates[97].body`) are traced back to the addition that made that entry, by
 * replaying how `extendCatalog` merges; an issue about an entry of the base catalog has no place in the file.
 *
 * @internal
 */
export function catalogDocumentPath(
  path: readonly (string | number)[],
  base: ScriptCatalog,
  document: Keyed,
): DocumentPath {
  const [head, index, ...rest] = path;
  if (head === 'additions') return { path: path.slice(1) };
  if (head === 'options') return { path: path.slice(1) };
  const merged = typeof head === 'string' ? MERGED[head] : undefined;
  if (merged !== undefined && typeof head === 'string' && typeof index === 'number') {
    const position = additionAt(head, index, base, document, merged);
    if (position !== undefined) return { path: [head, position, ...rest] };
  }
  return { outside: `in the default catalog as this file extends it, at ${formatPath(path)}` };
}

function additionAt(
  list: string,
  index: number,
  base: ScriptCatalog,
  document: Keyed,
  merged: (typeof MERGED)[string] & object,
): number | undefined {
  const existing = (base as unknown as Record<string, readonly Keyed[]>)[list] ?? [];
  const additions = Array.isArray(document[list]) ? (document[list] as Keyed[]) : [];
  const replace = (document.replace as Record<string, unknown> | undefined)?.[list];
  const replaceable = new Set(Array.isArray(replace) ? replace.map(String) : []);
  const positions = new Map(existing.map((item, at) => [merged.key(item), at]));
  let length = existing.length;
  for (const [position, item] of additions.entries()) {
    const at = positions.get(merged.key(item));
    if (at === undefined) {
      positions.set(merged.key(item), length);
      if (length === index) return position;
      length++;
    } else if (at === index && at < existing.length && replaceable.has(merged.id(item))) return position;
  }
  return undefined;
}
