import { build, type Plugin } from 'esbuild';
import type { DocExample } from '../../../testing/src/docExamples/extractDocExamples.ts';
import type { PackageSmoke } from '../smoke/PackageSmoke.ts';
import { smokeLabel } from '../smoke/smokeLabel.ts';
import { writeSmokeModule } from '../smoke/writeSmokeModule.ts';
import type { BrowserPage, BrowserPageEntry } from './BrowserPage.ts';
import { findForbiddenGlobals } from './findForbiddenGlobals.ts';
import { forbiddenGlobalDefines } from './forbiddenGlobalDefines.ts';
import { instrumentExample } from './instrumentExample.ts';
import { rejectNodeBuiltins } from './rejectNodeBuiltins.ts';

/** Options of {@link bundleBrowserPage}. */
export interface BundleBrowserPageOptions {
  /** The consumer project whose `node_modules` holds the packed packages: imports resolve there. */
  readonly projectDir: string;
  /** The smoke checks the page runs. */
  readonly smokes: readonly PackageSmoke[];
  /** The documentation examples the page runs. */
  readonly examples: readonly DocExample[];
  /** The module that renders logged values the way the documentation writes them (`formatLogged`). */
  readonly formatLoggedModule: string;
}

const NAMESPACE = 'receivables-browser-page';

/**
 * Bundles a test page for the browser with esbuild: every smoke check and documentation example
 * as its own lazily loaded chunk, and a harness that runs them one by one and records what each
 * printed, checked or threw. The build targets the browser platform and fails on any import of a
 * Node.js built-in; free references to Node.js globals are reported in `forbidden`.
 *
 * @param options - The packages' install, the programs to run.
 * @returns The page's files and what it runs.
 * @throws Error (esbuild's) when a module cannot be bundled for the browser.
 */
export async function bundleBrowserPage(options: BundleBrowserPageOptions): Promise<BrowserPage> {
  const modules = new Map<string, { contents: string; loader: 'js' | 'ts' }>();
  const entries: BrowserPageEntry[] = [];
  for (const [index, smoke] of options.smokes.entries()) {
    modules.set(`smoke-${index}`, { contents: writeSmokeModule(smoke, 'import'), loader: 'js' });
    entries.push({ kind: 'smoke', id: smokeLabel(smoke), expected: smoke.expected });
  }
  for (const [index, example] of options.examples.entries()) {
    const { source, checkedLines } = instrumentExample(example.code);
    const formatter = `import { formatLogged as __formatLogged } from ${JSON.stringify(options.formatLoggedModule)};`;
    modules.set(`example-${index}`, { contents: `${formatter}\n${source}\nexport {};\n`, loader: 'ts' });
    entries.push({ kind: 'example', id: `${example.file}:${example.line}`, checkedLines });
  }
  modules.set('harness', { contents: harnessSource([...modules.keys()], entries), loader: 'js' });

  const result = await build({
    entryPoints: [{ in: `${NAMESPACE}:harness`, out: 'harness' }],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    minify: false,
    write: false,
    outdir: '/page',
    logLevel: 'silent',
    define: forbiddenGlobalDefines(),
    plugins: [rejectNodeBuiltins(), virtualModules(modules, options.projectDir)],
  });
  const files = new Map<string, string>();
  let bytes = 0;
  const forbidden = [];
  for (const file of result.outputFiles) {
    files.set(file.path.replace(/^\/page\//, ''), file.text);
    bytes += file.contents.byteLength;
    forbidden.push(...findForbiddenGlobals(file.text));
  }
  files.set(
    'index.html',
    '<!doctype html><meta charset="utf-8"><title>running</title><script type="module" src="./harness.js"></script>\n',
  );
  return { files, entries, forbidden, bytes };
}

function virtualModules(
  modules: ReadonlyMap<string, { contents: string; loader: 'js' | 'ts' }>,
  resolveDir: string,
): Plugin {
  return {
    name: 'virtual-modules',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${NAMESPACE}:`) }, (args) => ({
        path: args.path.slice(NAMESPACE.length + 1),
        namespace: NAMESPACE,
      }));
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
        const module = modules.get(args.path);
        return module === undefined
          ? { errors: [{ text: `no virtual module ${args.path}` }] }
          : { contents: module.contents, loader: module.loader, resolveDir };
      });
    },
  };
}

/** The page's driver: runs each program in turn, capturing console.log, checks and errors. */
function harnessSource(names: readonly string[], entries: readonly BrowserPageEntry[]): string {
  const loaders = entries
    .map(
      (entry, index) =>
        `  [${JSON.stringify(entry.id)}, () => import(${JSON.stringify(`${NAMESPACE}:${names[index]}`)})],`,
    )
    .join('\n');
  return `const programs = [
${loaders}
];
const results = [];
for (const [id, load] of programs) {
  const checks = [];
  const logged = [];
  globalThis.__docExampleChecks = checks;
  const log = console.log;
  console.log = (...values) => { logged.push(values.map((value) => String(value)).join(' ')); };
  try {
    await load();
    results.push({ id, checks, logged });
  } catch (error) {
    results.push({ id, checks, logged, error: error instanceof Error ? error.name + ': ' + error.message : String(error) });
  } finally {
    console.log = log;
  }
}
globalThis.__receivablesResults = results;
document.title = 'done';
`;
}
