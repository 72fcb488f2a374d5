/** A Node.js global that a browser bundle refers to, and the bundled module that does. */
export interface ForbiddenGlobalUse {
  /** The global, e.g. `process`. */
  readonly global: string;
  /** The module that refers to it, from esbuild's `// path` comment above the code (`(unknown)` if none). */
  readonly module: string;
  /** The bundle line, trimmed to 160 characters. */
  readonly code: string;
}
