import type { ChannelDefinition } from '../catalog/ChannelDefinition.ts';
import type { LocaleTexts } from '../catalog/LocaleTexts.ts';
import type { ScriptCatalog } from '../catalog/ScriptCatalog.ts';
import type { ScriptTemplate } from '../catalog/ScriptTemplate.ts';
import type { ContactChannel } from '../vocabulary/ContactChannel.ts';
import { compareText } from './compareText.ts';

/** Lookups over one validated catalog, built once. @internal */
export interface CatalogIndex {
  readonly locales: ReadonlySet<string>;
  readonly texts: ReadonlyMap<string, LocaleTexts>;
  /** Template versions by id, then by locale; ids in code-unit order. */
  readonly templates: ReadonlyMap<string, ReadonlyMap<string, ScriptTemplate>>;
  readonly channels: ReadonlyMap<ContactChannel, ChannelDefinition>;
}

const indexes = new WeakMap<ScriptCatalog, CatalogIndex>();

/**
 * The index of a validated, frozen catalog.
 *
 * @internal
 */
export function catalogIndex(catalog: ScriptCatalog): CatalogIndex {
  const cached = indexes.get(catalog);
  if (cached !== undefined) return cached;
  const byId = new Map<string, Map<string, ScriptTemplate>>();
  for (const template of [...catalog.templates].sort((a, b) => compareText(a.id, b.id))) {
    const versions = byId.get(template.id) ?? new Map<string, ScriptTemplate>();
    versions.set(template.locale, template);
    byId.set(template.id, versions);
  }
  const index: CatalogIndex = {
    locales: new Set(catalog.locales.map((texts) => texts.locale)),
    texts: new Map(catalog.locales.map((texts) => [texts.locale, texts])),
    templates: byId,
    channels: new Map(catalog.channels.map((channel) => [channel.id, channel])),
  };
  indexes.set(catalog, index);
  return index;
}
