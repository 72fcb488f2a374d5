/** A package of the workspace that is published, read from its manifest as npm will see it once packed. */
export interface PublishedPackage {
  /** The package name, e.g. `@receivables/aging`. */
  readonly name: string;
  /** The version in the manifest. */
  readonly version: string;
  /** The package folder, absolute. */
  readonly dir: string;
  /** The subpath exports a user can import (`.`, `./locales/en`, …), without `./package.json`. */
  readonly subpaths: readonly string[];
  /** For each subpath export, the ES module file an `import` gets, relative to the package folder. */
  readonly importTargets: Readonly<Record<string, string>>;
  /** Whether the package ships a CommonJS build (a `require` condition on its main export). */
  readonly commonJs: boolean;
  /** The executables it installs, as name to path inside the package. */
  readonly bin: Readonly<Record<string, string>>;
  /** The names of its runtime dependencies (the manifest's `dependencies`). */
  readonly dependencies: readonly string[];
  /** Every file the published `exports` and `bin` point at, relative to the package folder. */
  readonly publishedFiles: readonly string[];
}
