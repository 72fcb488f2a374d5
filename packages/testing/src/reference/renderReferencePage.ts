import { createHeadingSlugger } from './createHeadingSlugger.ts';
import type { DocCursor } from './DocCursor.ts';
import { describeSchema } from './describeSchema.ts';
import type { ReferenceDocument } from './ReferenceDocument.ts';
import type { ReferenceSection } from './ReferenceSection.ts';

/** The command that writes the pages; named in every page and in the test that guards them. */
export const referencePagesCommand =
  'npx tsx --conditions=@receivables/source packages/testing/src/scripts/writeReferencePages.ts';

/**
 * Writes the reference page of one document type: the title, what reads the document, one table per
 * object with every field's type, whether it is required, its default, its constraints and its
 * description, the checks the schema cannot express, and an example.
 *
 * @param document - The document type, with its schema.
 * @param docs - The TSDoc cursor of the document's TypeScript type, for fields the schema leaves undescribed.
 * @returns The page's Markdown.
 */
export function renderReferencePage(document: ReferenceDocument, docs?: DocCursor): string {
  // Anchors are given in page order, exactly as TypeDoc and GitHub number repeated headings.
  const slug = createHeadingSlugger();
  slug(document.title);
  slug('Fields');
  const sections = describeSchema(document.schema, {
    slug,
    docs,
    ...(document.linkedPaths === undefined ? {} : { linkedPaths: document.linkedPaths }),
  });
  const lines: string[] = [
    '---',
    `title: ${document.title}`,
    '---',
    '',
    `# ${document.title}`,
    '',
    `<!-- Generated from the JSON Schema by ${referencePagesCommand}; do not edit by hand. -->`,
    '',
    document.introduction.trim(),
    '',
    ...document.facts.map(([label, markdown]) => `- **${label}:** ${markdown}`),
    '',
    '## Fields',
    '',
    ...sections.flatMap(renderSection),
  ];
  if (document.rules !== undefined && document.rules.length > 0) {
    lines.push('## Checks beyond the schema', '');
    lines.push(
      'The JSON Schema describes the shape; the parser also checks these rules, and reports every problem with its path:',
      '',
    );
    lines.push(...document.rules.map((rule) => `- ${rule}`), '');
  }
  if (document.example !== undefined) {
    lines.push('## Example', '', document.example.introduction.trim(), '', '```json');
    lines.push(JSON.stringify(document.example.value, null, 2), '```', '');
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function renderSection(section: ReferenceSection): string[] {
  const lines = [`### ${escapeText(section.heading)}`, ''];
  const notes = [section.description, section.closed ? 'No other fields are allowed.' : undefined];
  const paragraph = notes.filter((note) => note !== undefined).join(' ');
  if (paragraph !== '') lines.push(escapeText(paragraph), '');
  if (section.fields.length === 0) return [...lines, 'No fields.', ''];
  lines.push(
    '| Field | Type | Required | Default | Constraints | Description |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const field of section.fields) {
    const cells = [
      `\`${field.name}\``,
      field.type,
      field.required ? 'yes' : 'no',
      field.defaultValue ?? '',
      field.constraints.join('; '),
      field.description ?? '',
    ];
    lines.push(`| ${cells.map(escapeCell).join(' | ')} |`);
  }
  return [...lines, ''];
}

/** Text for a Markdown paragraph: a `<` that could open an HTML tag, outside code spans, is escaped. */
function escapeText(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') ? part : part.replace(/<(?=[A-Za-z/!?])/g, '&lt;')))
    .join('');
}

/** Text for a table cell: one line, pipes escaped (also inside code spans, as GFM tables require). */
function escapeCell(text: string): string {
  return escapeText(text.replace(/\s*\n\s*/g, ' ')).replaceAll('|', '\\|');
}
