/** The zone of an Altman Z-score: `distress` below the lower cut-off, `safe` above the upper, `grey` between (bounds included). */
export type AltmanZone = 'distress' | 'grey' | 'safe';
