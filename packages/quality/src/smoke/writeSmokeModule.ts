import type { PackageSmoke } from './PackageSmoke.ts';

/** How a smoke program loads its modules: with `import` (ES module, TypeScript) or `require` (CommonJS). */
export type SmokeModuleKind = 'import' | 'require';

/**
 * Writes the source of a smoke program as a consumer would: the modules bound to their names with
 * `import * as` or `require`, then the program.
 *
 * @param smoke - The smoke check.
 * @param kind - `import` for an ES module or TypeScript file, `require` for a CommonJS file.
 * @returns The module's source text.
 *
 * @example
 * ```ts
 * import { writeSmokeModule } from '@receivables/quality';
 *
 * const smoke = { imports: { core: '@receivables/core' }, code: 'console.log(core.addDays("2026-01-31", 1));' };
 * console.log(writeSmokeModule(smoke, 'require').split('\n')[1]); // const core = require("@receivables/core");
 * console.log(writeSmokeModule(smoke, 'import').split('\n')[0]); // import * as core from "@receivables/core";
 * ```
 */
export function writeSmokeModule(
  smoke: Pick<PackageSmoke, 'imports' | 'code'>,
  kind: SmokeModuleKind,
): string {
  const bindings = Object.entries(smoke.imports).map(([name, specifier]) =>
    kind === 'import'
      ? `import * as ${name} from ${JSON.stringify(specifier)};`
      : `const ${name} = require(${JSON.stringify(specifier)});`,
  );
  const header = kind === 'require' ? ["'use strict';", ...bindings] : bindings;
  return `${header.join('\n')}\n${smoke.code.trim()}\n`;
}
