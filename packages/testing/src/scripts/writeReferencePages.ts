/**
 * Writes the file-format reference into docs/reference from the packages' JSON Schemas:
 *
 *   npx tsx --conditions=@receivables/source packages/testing/src/scripts/writeReferencePages.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateReferencePages } from '../reference/generateReferencePages.ts';

const rootDir = fileURLToPath(new URL('../../../../', import.meta.url));
const outDir = join(rootDir, 'docs', 'reference');
const files = generateReferencePages({ rootDir });
for (const file of files) {
  const target = join(outDir, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.text);
}
console.log(`wrote ${files.length} files to docs/reference`);
