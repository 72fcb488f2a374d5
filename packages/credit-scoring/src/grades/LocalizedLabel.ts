/** A text shown to people, in each locale the suite ships. */
export interface LocalizedLabel {
  readonly en: string;
  readonly 'zh-CN': string;
}
