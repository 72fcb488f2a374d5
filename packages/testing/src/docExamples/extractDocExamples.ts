import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One ```ts block found after an `@example` tag. */
export interface DocExample {
  /** The source file, relative to the scanned folder. */
  readonly file: string;
  /** 1-based line of the fence in that file. */
  readonly line: number;
  /** The example's code with the TSDoc `*` margins removed. */
  readonly code: string;
}

/**
 * Collects every `@example` code block of the TSDoc comments in a source folder, skipping tests, so
 * they can be run as tests: documentation that does not run is a defect.
 *
 * @param sourceDir - The folder to scan, e.g. a package's `src`.
 * @returns Every example, in file order.
 */
export function extractDocExamples(sourceDir: string): DocExample[] {
  const examples: DocExample[] = [];
  for (const path of listSourceFiles(sourceDir)) {
    const lines = readFileSync(path, 'utf8').split('\n');
    let inExample = false;
    let fence: { line: number; code: string[] } | undefined;
    for (let index = 0; index < lines.length; index++) {
      const text = (lines[index] ?? '').replace(/^\s*\* ?/, '');
      if (/^\s*@example\b/.test(text)) inExample = true;
      else if (/^\s*@\w+/.test(text) && fence === undefined) inExample = false;
      if (!inExample) continue;
      if (fence === undefined && /^```(ts|typescript)\s*$/.test(text.trim())) {
        fence = { line: index + 1, code: [] };
      } else if (fence !== undefined && text.trim() === '```') {
        examples.push({ file: relative(sourceDir, path), line: fence.line, code: fence.code.join('\n') });
        fence = undefined;
        inExample = false;
      } else if (fence !== undefined) {
        fence.code.push(text);
      }
    }
  }
  return examples;
}

function listSourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__tests__' && entry.name !== 'node_modules') files.push(...listSourceFiles(path));
    } else if (
      entry.name.endsWith('.ts') &&
      !entry.name.endsWith('.test.ts') &&
      !entry.name.endsWith('.d.ts')
    ) {
      files.push(path);
    }
  }
  return files;
}

/**
 * Collects every ```ts block of the Markdown files in a folder (not recursive), in file order. A block
 * whose first line is a `// continues …` comment runs after all the earlier blocks of its guide.
 *
 * @param guidesDir - The folder of guides.
 * @returns Every block as an example; `file` is the guide's name.
 */
export function extractGuideExamples(guidesDir: string): DocExample[] {
  const examples: DocExample[] = [];
  const guides = readdirSync(guidesDir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  for (const name of guides) {
    const lines = readFileSync(join(guidesDir, name), 'utf8').split('\n');
    let fence: { line: number; code: string[] } | undefined;
    const ownBlocks: string[] = [];
    for (let index = 0; index < lines.length; index++) {
      const text = lines[index] ?? '';
      if (fence === undefined && /^```(ts|typescript)\s*$/.test(text.trim()))
        fence = { line: index + 1, code: [] };
      else if (fence !== undefined && text.trim() === '```') {
        let code = fence.code.join('\n');
        // A block that starts with "// continues" runs after all the guide's earlier blocks, whose printed
        // lines are then not checked again.
        if (/^\s*\/\/ continues/.test(code)) {
          const earlier = ownBlocks.map((block) => block.replace(/console\.log\(/g, '__quiet(')).join('\n');
          code = `const __quiet = (..._values: unknown[]): void => undefined;\n${earlier}\n${code}`;
        }
        ownBlocks.push(fence.code.join('\n'));
        examples.push({ file: name, line: fence.line, code });
        fence = undefined;
      } else if (fence !== undefined) fence.code.push(text);
    }
  }
  return examples;
}
