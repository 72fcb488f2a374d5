/** The hours when no one is called, messaged or visited, `HH:MM` in 24-hour form; they may wrap midnight. */
export interface QuietHours {
  /** @defaultValue `'22:00'` */
  readonly from: string;
  /** @defaultValue `'08:00'` */
  readonly to: string;
}
