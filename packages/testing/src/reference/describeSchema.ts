import type { DocCursor } from './DocCursor.ts';
import type { JsonSchemaNode } from './ReferenceDocument.ts';
import type { ReferenceField, ReferenceSection } from './ReferenceSection.ts';

/** Options of {@link describeSchema}. */
export interface DescribeSchemaOptions {
  /** Gives each section heading its anchor, in page order (see `createHeadingSlugger`). */
  readonly slug: (heading: string) => string;
  /** Descriptions and defaults for fields the schema leaves undescribed. */
  readonly docs?: DocCursor | undefined;
  /** Sub-schemas described on another page, by path: linked, not expanded. */
  readonly linkedPaths?: Readonly<Record<string, { readonly file: string; readonly title: string }>>;
}

interface MutableSection {
  heading: string;
  anchor: string;
  description?: string;
  fields: ReferenceField[];
  closed: boolean;
  /** The object's name and schema, to describe an object met twice only once. */
  key: string;
}

/**
 * Lists every field of a JSON Schema, object by object: the top level first, then each nested object,
 * array item, map value and variant in the order they are met, each with its fields' type (linking to
 * the nested sections), whether it is required, its default, its constraints and its description.
 * Descriptions come from the schema, else from the TSDoc cursor; `$ref`s to `$defs` become one section
 * each, so recursive definitions end.
 *
 * @param schema - A draft 2020-12 schema as the suite's packages export them.
 * @param options - The page's slugger, the TSDoc cursor and the paths described elsewhere.
 * @returns The sections in page order.
 */
export function describeSchema(schema: JsonSchemaNode, options: DescribeSchemaOptions): ReferenceSection[] {
  const sections: MutableSection[] = [];
  const definitions = new Map<string, string>();
  const defs = (schema.$defs ?? {}) as Readonly<Record<string, JsonSchemaNode>>;

  const sectionFor = (
    path: string,
    heading: string,
    node: JsonSchemaNode,
    docs: DocCursor | undefined,
    context?: string,
    onRegistered?: (anchor: string) => void,
  ): string => {
    // An object met again under the same name with the same schema (a label, a reason, a factor's caps
    // in every variant) is described once, where it is first met.
    const owner =
      path
        .replace(/(\.\{key\}|\[\])+$/, '')
        .split('.')
        .pop() ?? '';
    const key = `${owner}\u0000${JSON.stringify(node)}`;
    const known = sections.find((section) => section.key === key);
    if (known) return known.anchor;
    const taken = sections.some((section) => section.heading === heading);
    const title = taken && context !== undefined ? `${heading} in ${context}` : heading;
    const section: MutableSection = {
      heading: title,
      anchor: options.slug(title),
      fields: [],
      closed: false,
      key,
    };
    const description = text(node.description) ?? docs?.description;
    if (description !== undefined) section.description = description;
    sections.push(section);
    onRegistered?.(section.anchor);
    section.closed = node.additionalProperties === false;
    const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
    for (const [name, child] of Object.entries(properties(node))) {
      const childDocs = docs?.property(name);
      const childPath = path === '' ? name : `${path}.${name}`;
      const field: ReferenceField = {
        name,
        type: typeOf(child, childPath, childDocs),
        required: required.has(name),
        constraints: constraintsOf(child, childDocs),
        ...optional('defaultValue', defaultOf(child, childDocs)),
        ...optional(
          'description',
          text(child.description) ??
            childDocs?.description ??
            ('const' in child ? 'Always this value: it says which variant this object is.' : undefined),
        ),
      };
      section.fields.push(field);
    }
    return section.anchor;
  };

  const typeOf = (node: JsonSchemaNode, path: string, docs: DocCursor | undefined): string => {
    const linked = options.linkedPaths?.[path];
    if (linked) return `[${linked.title}](${linked.file})`;
    if (typeof node.$ref === 'string') {
      const name = node.$ref.replace(/^#\/\$defs\//, '');
      // Known as soon as its section is registered, before its fields are read: a definition that
      // refers to itself links back instead of recursing.
      const anchor =
        definitions.get(name) ??
        sectionFor(name, name, defs[name] ?? {}, docs, undefined, (registered) =>
          definitions.set(name, registered),
        );
      return `[${name}](#${anchor})`;
    }
    if ('const' in node) return `\`${JSON.stringify(node.const)}\``;
    const branches = (node.oneOf ?? node.anyOf) as readonly JsonSchemaNode[] | undefined;
    if (branches) return unionType(branches, path, docs, node);
    if (node.type === 'array') {
      const items = (node.items ?? {}) as JsonSchemaNode;
      return `array of ${typeOf(items, `${path}[]`, docs?.items())}`;
    }
    if (node.type === 'object' || node.properties !== undefined) {
      if (node.properties !== undefined) return `[object](#${sectionFor(path, path, node, docs)})`;
      const values = node.additionalProperties;
      if (values !== undefined && typeof values === 'object' && values !== null)
        return `map (key → ${typeOf(values as JsonSchemaNode, `${path}.{key}`, docs?.values())})`;
      return 'object';
    }
    if (node.type === 'string' && node.format === 'date') return 'date (`YYYY-MM-DD`)';
    if (typeof node.type === 'string') return node.type;
    if (Array.isArray(node.type)) return (node.type as string[]).join(' or ');
    return 'any JSON value';
  };

  const unionType = (
    branches: readonly JsonSchemaNode[],
    path: string,
    docs: DocCursor | undefined,
    node: JsonSchemaNode,
  ): string => {
    if (isAmount(branches, node)) return 'decimal (a string such as `"1200.00"`, or a number)';
    const objects = branches.filter((branch) => branch.properties !== undefined);
    const discriminator = objects.length === branches.length ? discriminatorOf(objects) : undefined;
    const listed = branches
      .map((branch) => {
        if (branch.properties === undefined) return typeOf(branch, path, docs);
        const names = Object.keys(properties(branch));
        const value = discriminator === undefined ? undefined : properties(branch)[discriminator]?.const;
        const variantDocs = docs?.variant(
          names,
          discriminator === undefined ? undefined : { name: discriminator, value },
        );
        const label = discriminator === undefined ? 'object' : `\`${JSON.stringify(value)}\``;
        // Plain text: TypeDoc leaves code spans out of a heading's anchor, GitHub does not.
        const heading =
          discriminator === undefined ? `${path} (object)` : `${path} (${discriminator}: ${String(value)})`;
        const context = discriminator === undefined ? undefined : `${discriminator} ${String(value)}`;
        return `[${label}](#${sectionFor(path, heading, branch, variantDocs, context)})`;
      })
      .join(discriminator === undefined ? ' or ' : ', ');
    return discriminator === undefined ? listed : `object by \`${discriminator}\`: ${listed}`;
  };

  if (schema.type === 'array') {
    // A file that is a list: its items are the top level. The docs may describe the list or the item.
    const items = (schema.items ?? {}) as JsonSchemaNode;
    sectionFor('', 'Each item', items, options.docs?.items() ?? options.docs);
    const root = sections[0];
    if (root) {
      const limits = ownConstraints(schema, undefined);
      const list = `The file is a JSON array of these objects${limits.length > 0 ? ` (${limits.join('; ')})` : ''}.`;
      root.description = [text(schema.description), list, root.description].filter(Boolean).join(' ');
    }
  } else {
    sectionFor('', 'Top level', schema, options.docs);
  }
  return sections.map(({ key: _key, ...section }) => section);
}

function properties(node: JsonSchemaNode): Readonly<Record<string, JsonSchemaNode>> {
  return (node.properties ?? {}) as Readonly<Record<string, JsonSchemaNode>>;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function defaultOf(node: JsonSchemaNode, docs: DocCursor | undefined): string | undefined {
  if ('default' in node) return `\`${JSON.stringify(node.default)}\``;
  const value = docs?.defaultValue;
  // A bare value (`2`, `'reject'`) is code; a sentence or text with its own code marks stays as it is.
  return value === undefined || /[\s`]/.test(value) ? value : `\`${value}\``;
}

/** The suite's amount schema: a decimal string or a number. */
function isAmount(branches: readonly JsonSchemaNode[], node: JsonSchemaNode): boolean {
  return (
    branches.length === 2 &&
    branches.some((branch) => branch.type === 'number') &&
    branches.some((branch) => branch.type === 'string' && typeof branch.pattern === 'string') &&
    /amount/i.test(String(node.description ?? ''))
  );
}

/** The property that every variant fixes with a `const`, if there is one. */
function discriminatorOf(variants: readonly JsonSchemaNode[]): string | undefined {
  const [first] = variants;
  if (first === undefined) return undefined;
  return Object.keys(properties(first)).find((name) =>
    variants.every((variant) => 'const' in (properties(variant)[name] ?? {})),
  );
}

/**
 * The constraints of a field, in Markdown; the items' constraints too for an array. Values that the
 * schema leaves open but the TypeScript type restricts (checked by the parser) are listed as well.
 */
function constraintsOf(node: JsonSchemaNode, docs: DocCursor | undefined): string[] {
  const constraints: string[] = [];
  const add = (prefix: string, list: readonly string[]) => {
    for (const item of list) constraints.push(`${prefix}${item}`);
  };
  add('', ownConstraints(node, docs?.literals));
  if (node.type === 'array' && typeof node.items === 'object' && node.items !== null)
    add('each ', ownConstraints(node.items as JsonSchemaNode, docs?.items()?.literals));
  return constraints;
}

function ownConstraints(node: JsonSchemaNode, literals: readonly unknown[] | undefined): string[] {
  const list: string[] = [];
  const literal = (value: unknown) => `\`${JSON.stringify(value)}\``;
  if (Array.isArray(node.enum)) list.push(`one of ${node.enum.map(literal).join(', ')}`);
  else if (literals !== undefined && !('const' in node) && (node.type === 'string' || node.type === 'number'))
    list.push(`one of ${literals.map(literal).join(', ')}`);
  if (node.pattern === '\\S') list.push('not blank');
  else if (typeof node.minLength === 'number' && node.minLength > 0)
    list.push(node.minLength === 1 ? 'not empty' : `at least ${node.minLength} characters`);
  if (typeof node.pattern === 'string' && node.pattern !== '\\S' && node.format !== 'date')
    list.push(`matches \`${node.pattern}\``);
  if (typeof node.maxLength === 'number') list.push(`at most ${node.maxLength} characters`);
  if (typeof node.minimum === 'number') list.push(`≥ ${node.minimum}`);
  if (typeof node.exclusiveMinimum === 'number') list.push(`> ${node.exclusiveMinimum}`);
  if (typeof node.maximum === 'number') list.push(`≤ ${node.maximum}`);
  if (typeof node.exclusiveMaximum === 'number') list.push(`< ${node.exclusiveMaximum}`);
  if (typeof node.multipleOf === 'number' && !(node.multipleOf === 1 && node.type === 'integer'))
    list.push(`a multiple of ${node.multipleOf}`);
  if (typeof node.minItems === 'number')
    list.push(`at least ${node.minItems} ${node.minItems === 1 ? 'item' : 'items'}`);
  if (typeof node.maxItems === 'number') list.push(`at most ${node.maxItems} items`);
  if (node.uniqueItems === true) list.push('no repeats');
  const keys = node.propertyNames as JsonSchemaNode | undefined;
  if (keys !== undefined && Array.isArray(keys.enum)) {
    const required = Array.isArray(node.required) ? node.required.length : 0;
    list.push(
      `${required === keys.enum.length ? 'every key of' : 'keys from'} ${keys.enum.map(literal).join(', ')}`,
    );
  }
  return list;
}
