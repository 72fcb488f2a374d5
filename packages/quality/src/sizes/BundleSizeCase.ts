/** What an app imports from one entry point: `*` for everything, or the names it picks. */
export interface BundleImport {
  /** The specifier, e.g. `@receivables/script-catalog/locales/en`. */
  readonly from: string;
  /** `*` for the whole entry, otherwise the exported names used. */
  readonly names: '*' | readonly string[];
}

/** One measured bundle: an app that imports these and nothing else. */
export interface BundleSizeCase {
  /** What the row says the app imports. */
  readonly label: string;
  /** The imports. */
  readonly imports: readonly BundleImport[];
  /** For script-catalog bundles, the locales whose texts must (and must alone) be inside. */
  readonly locales?: readonly ('en' | 'zh-CN')[];
}
