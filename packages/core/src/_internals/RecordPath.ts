/** A path inside the value a schema checks, e.g. `['instalments', 2, 'dueDate']`. @internal */
export type RecordPath = readonly (string | number)[];
