import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHeadingSlugger } from '../createHeadingSlugger.ts';
import type { DocCursor } from '../DocCursor.ts';
import { describeSchema } from '../describeSchema.ts';
import type { JsonSchemaNode } from '../ReferenceDocument.ts';
import type { ReferenceSection } from '../ReferenceSection.ts';

const describeWithSlugger = (schema: JsonSchemaNode, docs?: DocCursor): ReferenceSection[] =>
  describeSchema(schema, { slug: createHeadingSlugger(), docs });

/** A cursor from a plain tree: `{ description, defaultValue, literals, properties, items, values }`. */
interface FakeDocs {
  readonly description?: string;
  readonly defaultValue?: string;
  readonly literals?: readonly (string | number)[];
  readonly properties?: Readonly<Record<string, FakeDocs>>;
  readonly items?: FakeDocs;
  readonly values?: FakeDocs;
}
function fakeCursor(tree: FakeDocs): DocCursor {
  return {
    ...(tree.description === undefined ? {} : { description: tree.description }),
    ...(tree.defaultValue === undefined ? {} : { defaultValue: tree.defaultValue }),
    ...(tree.literals === undefined ? {} : { literals: tree.literals }),
    property: (name) => (tree.properties?.[name] ? fakeCursor(tree.properties[name]) : undefined),
    items: () => (tree.items ? fakeCursor(tree.items) : undefined),
    values: () => (tree.values ? fakeCursor(tree.values) : undefined),
    variant: () => fakeCursor(tree),
  };
}

const policyLike: JsonSchemaNode = {
  type: 'object',
  properties: {
    id: { type: 'string', minLength: 1, pattern: '\\S', description: 'Stable id.' },
    days: { type: 'integer', minimum: 0, maximum: 90 },
    channel: { type: 'string' },
    mode: { type: 'string', enum: ['sequential', 'skip'] },
    preDue: {
      type: 'object',
      properties: { lead: { type: 'number' } },
      required: ['lead'],
      additionalProperties: false,
    },
    levels: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', properties: { from: { type: 'number', exclusiveMinimum: 0 } } },
    },
    minOpenAmount: {
      type: 'object',
      propertyNames: { type: 'string' },
      additionalProperties: { type: 'string' },
    },
    issued: { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    amount: {
      anyOf: [{ type: 'string', pattern: '^\\d+$' }, { type: 'number' }],
      description: 'An exact amount.',
    },
  },
  required: ['id', 'preDue'],
  additionalProperties: false,
};

describe('describeSchema', () => {
  it('lists the top level first, then each nested object and array item, with links to them', () => {
    const sections = describeWithSlugger(policyLike);
    expect(sections.map((section) => [section.heading, section.anchor])).toEqual([
      ['Top level', 'top-level'],
      ['preDue', 'predue'],
      ['levels[]', 'levels'],
    ]);
    const fields = new Map(sections[0]?.fields.map((field) => [field.name, field]));
    expect(fields.get('preDue')?.type).toBe('[object](#predue)');
    expect(fields.get('levels')?.type).toBe('array of [object](#levels)');
    expect(fields.get('minOpenAmount')?.type).toBe('map (key → string)');
    expect(fields.get('issued')?.type).toBe('date (`YYYY-MM-DD`)');
    expect(fields.get('amount')?.type).toBe('decimal (a string such as `"1200.00"`, or a number)');
    expect(sections[0]?.closed).toBe(true);
    expect(sections[2]?.closed).toBe(false);
  });

  it('states required fields, constraints and descriptions from the schema', () => {
    const [top, preDue, levels] = describeWithSlugger(policyLike);
    const field = (name: string) => top?.fields.find((candidate) => candidate.name === name);
    expect(field('id')).toMatchObject({
      required: true,
      constraints: ['not blank'],
      description: 'Stable id.',
    });
    expect(field('days')).toMatchObject({ type: 'integer', required: false, constraints: ['≥ 0', '≤ 90'] });
    expect(field('mode')?.constraints).toEqual(['one of `"sequential"`, `"skip"`']);
    expect(field('levels')?.constraints).toEqual(['at least 1 item']);
    expect(preDue?.fields).toEqual([{ name: 'lead', type: 'number', required: true, constraints: [] }]);
    expect(levels?.fields[0]?.constraints).toEqual(['> 0']);
  });

  it('takes descriptions, defaults and allowed values from the TSDoc cursor when the schema has none', () => {
    const docs = fakeCursor({
      description: 'A policy.',
      properties: {
        id: { description: 'Ignored: the schema describes it.' },
        days: { description: 'Days ahead.', defaultValue: '7' },
        channel: { literals: ['phone', 'email'] },
        preDue: { description: 'Before the due date.', defaultValue: 'the default policy’s' },
      },
    });
    const [top, preDue] = describeWithSlugger(policyLike, docs);
    const field = (name: string) => top?.fields.find((candidate) => candidate.name === name);
    expect(top?.description).toBe('A policy.');
    expect(field('id')?.description).toBe('Stable id.');
    expect(field('days')).toMatchObject({ description: 'Days ahead.', defaultValue: '`7`' });
    expect(field('channel')?.constraints).toEqual(['one of `"phone"`, `"email"`']);
    expect(field('preDue')?.defaultValue).toBe('the default policy’s');
    expect(preDue?.description).toBe('Before the due date.');
  });

  it('gives each variant of a discriminated union its own section', () => {
    const schema: JsonSchemaNode = {
      type: 'object',
      properties: {
        cadences: {
          type: 'array',
          items: {
            oneOf: [
              {
                type: 'object',
                properties: { mode: { type: 'string', const: 'interval' }, every: { type: 'number' } },
              },
              { type: 'object', properties: { mode: { type: 'string', const: 'xun' } } },
            ],
          },
        },
      },
    };
    const sections = describeWithSlugger(schema);
    expect(sections.map((section) => section.heading)).toEqual([
      'Top level',
      'cadences[] (mode: interval)',
      'cadences[] (mode: xun)',
    ]);
    expect(sections[0]?.fields[0]?.type).toBe(
      'array of object by `mode`: [`"interval"`](#cadences-mode-interval), [`"xun"`](#cadences-mode-xun)',
    );
    expect(sections[1]?.fields.map((field) => `${field.name}: ${field.type}`)).toEqual([
      'mode: `"interval"`',
      'every: number',
    ]);
  });

  it('describes a recursive $ref once and links back to it', () => {
    const schema: JsonSchemaNode = {
      type: 'object',
      properties: { when: { $ref: '#/$defs/Condition' } },
      $defs: {
        Condition: {
          type: 'object',
          properties: { field: { type: 'string' }, not: { $ref: '#/$defs/Condition' } },
        },
      },
    };
    const sections = describeWithSlugger(schema);
    expect(sections.map((section) => section.heading)).toEqual(['Top level', 'Condition']);
    expect(sections[1]?.fields.find((field) => field.name === 'not')?.type).toBe('[Condition](#condition)');
  });

  it('links a path described on another page instead of expanding it', () => {
    const schema: JsonSchemaNode = {
      type: 'object',
      properties: {
        invoices: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } },
      },
    };
    const sections = describeSchema(schema, {
      slug: createHeadingSlugger(),
      linkedPaths: { 'invoices[]': { file: 'invoices.md', title: 'Invoice' } },
    });
    expect(sections).toHaveLength(1);
    expect(sections[0]?.fields[0]?.type).toBe('array of [Invoice](invoices.md)');
  });

  it('describes a root array by its items, with the limits of the list', () => {
    const schema: JsonSchemaNode = {
      type: 'array',
      description: 'Tiers.',
      minItems: 2,
      items: { type: 'object', properties: { tier: { type: 'integer' } }, required: ['tier'] },
    };
    expect(describeWithSlugger(schema)).toEqual([
      {
        heading: 'Each item',
        anchor: 'each-item',
        description: 'Tiers. The file is a JSON array of these objects (at least 2 items).',
        closed: false,
        fields: [{ name: 'tier', type: 'integer', required: true, constraints: [] }],
      },
    ]);
  });
});

/** Random object schemas: nested objects, arrays of objects, maps, discriminated unions and scalars. */
const nameArbitrary = fc.constantFrom(
  'id',
  'label',
  'amount',
  'items',
  'mode',
  'rules',
  'from',
  'to',
  'weight',
);
const schemaArbitrary: fc.Arbitrary<JsonSchemaNode> = fc.letrec<{
  object: JsonSchemaNode;
  node: JsonSchemaNode;
}>((tie) => ({
  object: fc
    .dictionary(nameArbitrary, tie('node'), { minKeys: 1, maxKeys: 4 })
    .map((properties) => ({ type: 'object', properties })),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom<JsonSchemaNode>(
      { type: 'string', minLength: 1, pattern: '\\S' },
      { type: 'number', minimum: 0 },
      { type: 'boolean' },
      { type: 'string', enum: ['a', 'b'] },
    ),
    tie('object'),
    tie('object').map((items) => ({ type: 'array', items })),
    tie('object').map((values) => ({ type: 'object', additionalProperties: values })),
    fc.tuple(tie('object'), tie('object')).map(([first, second]) => ({
      oneOf: [
        { ...first, properties: { ...(first.properties as object), kind: { type: 'string', const: 'one' } } },
        {
          ...second,
          properties: { ...(second.properties as object), kind: { type: 'string', const: 'two' } },
        },
      ],
    })),
  ),
})).object;

describe('properties', () => {
  it('links only to sections it lists: every #anchor in a field type is the anchor of a section', () => {
    fc.assert(
      fc.property(schemaArbitrary, (schema) => {
        const sections = describeWithSlugger(schema);
        const anchors = new Set(sections.map((section) => section.anchor));
        const links = sections.flatMap((section) =>
          section.fields.flatMap((field) =>
            [...field.type.matchAll(/\(#([^)]+)\)/g)].map((match) => match[1]),
          ),
        );
        expect(links.filter((link) => !anchors.has(link ?? ''))).toEqual([]);
      }),
    );
  });

  it('gives every section its own anchor', () => {
    fc.assert(
      fc.property(schemaArbitrary, (schema) => {
        const anchors = describeWithSlugger(schema).map((section) => section.anchor);
        expect(new Set(anchors).size).toBe(anchors.length);
      }),
    );
  });

  it('leaves no field out: each object lists exactly its schema’s properties, in order', () => {
    fc.assert(
      fc.property(schemaArbitrary, (schema) => {
        const [top] = describeWithSlugger(schema);
        expect(top?.fields.map((field) => field.name)).toEqual(Object.keys(schema.properties as object));
      }),
    );
  });
});
