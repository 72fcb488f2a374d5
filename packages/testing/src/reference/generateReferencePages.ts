import { openTypeDocs } from './openTypeDocs.ts';
import type { ReferenceDocument } from './ReferenceDocument.ts';
import { referenceDocuments } from './referenceDocuments.ts';
import { renderReferenceIndex } from './renderReferenceIndex.ts';
import { renderReferencePage } from './renderReferencePage.ts';

/** One generated file of docs/reference: its path relative to that folder and its text. */
export interface ReferenceFile {
  readonly path: string;
  readonly text: string;
}

/** The schema file of a document, relative to docs/reference: `schemas/<page name>.schema.json`. */
export function referenceSchemaPath(document: ReferenceDocument): string {
  return `schemas/${document.file.replace(/\.md$/, '')}.schema.json`;
}

/**
 * Generates the whole file-format reference: the index, one page per document type and each
 * document's JSON Schema as a file for editors. Reads the TSDoc of the packages' types with the
 * TypeScript compiler, so it takes a few seconds.
 *
 * @param options - The repository root.
 * @returns The files, the index first.
 */
export function generateReferencePages(options: { readonly rootDir: string }): ReferenceFile[] {
  const typeDocs = openTypeDocs({
    rootDir: options.rootDir,
    packages: ['core', 'credit-scoring', 'reminder-policy', 'script-catalog'],
  });
  const files: ReferenceFile[] = [
    { path: 'README.md', text: renderReferenceIndex(referenceDocuments, referenceSchemaPath) },
  ];
  for (const document of referenceDocuments) {
    const docs = document.type ? typeDocs(document.type.package, document.type.name) : undefined;
    if (document.type && docs === undefined)
      throw new Error(
        `generateReferencePages: @receivables/${document.type.package} exports no type ${document.type.name}`,
      );
    files.push({ path: document.file, text: renderReferencePage(document, docs) });
    files.push({
      path: referenceSchemaPath(document),
      text: `${JSON.stringify(document.schema, null, 2)}\n`,
    });
  }
  return files;
}
