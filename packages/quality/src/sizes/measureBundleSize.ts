import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { BundleSize } from './BundleSize.ts';
import type { BundleImport } from './BundleSizeCase.ts';
import { contributorsOf } from './contributorsOf.ts';
import { type PublishedEntryFiles, resolvePublishedEntries } from './resolvePublishedEntries.ts';
import { writeBundleEntry } from './writeBundleEntry.ts';

/**
 * Bundles what an app imports for the browser as a production build would (esbuild, ES module,
 * minified, tree-shaken, UTF-8 output) and measures it, minified and gzipped.
 *
 * @param imports - What the app imports.
 * @param entries - Where the suite's entry points' built files are.
 * @param rootDir - The repository root: paths in the report are relative to it.
 * @returns The sizes and the packages inside.
 * @throws Error (esbuild's) when the bundle cannot be built.
 */
export async function measureBundleSize(
  imports: readonly BundleImport[],
  entries: PublishedEntryFiles,
  rootDir: string,
): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: writeBundleEntry(imports), resolveDir: rootDir, sourcefile: 'entry.js', loader: 'js' },
    absWorkingDir: rootDir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    minify: true,
    treeShaking: true,
    legalComments: 'none',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [resolvePublishedEntries(entries)],
  });
  const output = result.outputFiles[0];
  const meta = Object.values(result.metafile.outputs)[0];
  if (output === undefined || meta === undefined)
    throw new Error('measureBundleSize: esbuild wrote no bundle');
  return {
    minified: output.contents.byteLength,
    gzipped: gzipSync(output.contents, { level: 9 }).byteLength,
    contributors: contributorsOf(meta.inputs),
    code: output.text,
  };
}
