import { describeValue } from '@receivables/core';
import type { InputKind } from '../InputKind.ts';
import type { InputProblem } from '../InputProblem.ts';
import { columnOfPath } from './columnOfPath.ts';
import { creditProfileSchema } from './creditProfileSchema.ts';
import type { FileRows } from './FileRows.ts';
import { historyEntrySchema } from './historyEntrySchema.ts';
import type { RecordLocation } from './RecordLocation.ts';
import { readJsonText } from './readJsonText.ts';
import { CHILDREN_OF, PARENT_OF, rowReferences, type SourceRow } from './SourceRow.ts';
import { validatedRecord } from './validatedRecord.ts';

/**
 * Reads a JSON input file, an array of records in the core input shape, into records. An invoice's
 * nested `instalments` and a payment's or credit note's nested `applications` become records of their
 * own, so a bad one is reported (and, under `--skip-invalid`, left out) like a row of their own file.
 *
 * @internal
 */
export function readJsonRows(
  kind: InputKind,
  file: string,
  fileIndex: number,
  text: string,
  serial: { next: number },
): FileRows {
  const parsed = readJsonText(text, file);
  if ('code' in parsed) return { rows: [], fatal: [parsed], ignored: [], records: 0 };
  if (!Array.isArray(parsed.value)) {
    const reason = `holds ${describeValue(parsed.value)}: a ${kind} JSON file holds an array of records`;
    return { rows: [], fatal: [{ file, code: 'INVALID_INPUT_FILE', reason }], ignored: [], records: 0 };
  }
  const rows: SourceRow[] = [];
  parsed.value.forEach((element: unknown, index) => {
    const location = { file, row: index + 1, columns: undefined, jsonPath: [] };
    rows.push(...jsonRecordRows(kind, element, location, fileIndex, serial));
  });
  return { rows, fatal: [], ignored: [], records: parsed.value.length };
}

/**
 * One JSON record as records of the loader: the record, then the records nested in it.
 *
 * @internal
 */
export function jsonRecordRows(
  kind: InputKind,
  element: unknown,
  location: RecordLocation,
  fileIndex: number,
  serial: { next: number },
  parent?: SourceRow,
): SourceRow[] {
  const record = isPlainObject(element) ? element : undefined;
  const references = rowReferences(
    kind,
    (field) => {
      const value = record?.[field];
      return typeof value === 'string' ? value : undefined;
    },
    () => (Array.isArray(record?.invoiceIds) ? record.invoiceIds.filter((id) => typeof id === 'string') : []),
  );
  const problems: InputProblem[] = [];
  let value: unknown = element;
  let number: number | undefined;
  if (kind === 'credit-profiles' || kind === 'history') {
    const checked =
      kind === 'credit-profiles'
        ? validatedRecord(creditProfileSchema, element, location, [], 'INVALID_RECORD')
        : validatedRecord(historyEntrySchema, element, location, [], 'INVALID_HISTORY');
    if (checked.ok) value = checked.value;
    else problems.push(...checked.problems);
  }
  const joined = PARENT_OF[kind];
  if (joined !== undefined && parent === undefined) {
    if (record === undefined) {
      problems.push(jsonProblem(location, undefined, element, `${describeValue(element)} is not a record`));
    } else {
      ({ value, number } = withoutJoinFields(kind, record, location, problems));
    }
  }
  const children = CHILDREN_OF[kind];
  const nestedList = children !== undefined && record !== undefined ? record[children.key] : undefined;
  const nested = Array.isArray(nestedList);
  if (nested && children !== undefined && record !== undefined) {
    const { [children.key]: _nested, ...rest } = record;
    value = rest;
  }
  const row: SourceRow = {
    serial: serial.next++,
    kind,
    fileIndex,
    location,
    value,
    ...references,
    parent,
    number,
    nested,
    problems,
    cascade: undefined,
    dead: problems.length > 0,
  };
  const rows = [row];
  if (nested && children !== undefined) {
    nestedList.forEach((child: unknown, index: number) => {
      const childLocation = { ...location, jsonPath: [...location.jsonPath, children.key, index] };
      rows.push(...jsonRecordRows(children.kind, child, childLocation, fileIndex, serial, row));
    });
  }
  return rows;
}

/**
 * A record of an instalments or applications file without the fields that join it to its invoice,
 * payment or credit note (and an instalment's `number`), which core's record schemas do not know.
 */
function withoutJoinFields(
  kind: InputKind,
  record: Readonly<Record<string, unknown>>,
  location: RecordLocation,
  problems: InputProblem[],
): { readonly value: unknown; readonly number: number | undefined } {
  const joined = PARENT_OF[kind];
  if (joined === undefined) return { value: record, number: undefined };
  const { [joined.field]: parentId, ...rest } = record;
  if (typeof parentId !== 'string' || !/\S/.test(parentId)) {
    const reason =
      parentId === undefined
        ? `the ${joined.field} is missing: every record names its ${joined.noun}`
        : `${describeValue(parentId)} is not a ${joined.noun} id`;
    problems.push(jsonProblem(location, joined.field, parentId, reason));
  }
  if (kind !== 'instalments') return { value: rest, number: undefined };
  const { number: position, ...instalment } = rest;
  if (position === undefined) return { value: instalment, number: undefined };
  if (typeof position === 'number' && Number.isSafeInteger(position) && position >= 1) {
    return { value: instalment, number: position };
  }
  const reason = `${describeValue(position)} is not an instalment number: instalments are numbered 1, 2, 3, ...`;
  problems.push(jsonProblem(location, 'number', position, reason));
  return { value: instalment, number: undefined };
}

function jsonProblem(
  location: RecordLocation,
  field: string | undefined,
  value: unknown,
  reason: string,
): InputProblem {
  const shown = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  const column = columnOfPath(location, field === undefined ? [] : [field]);
  return {
    file: location.file,
    ...(location.row === undefined ? {} : { row: location.row }),
    ...(column === undefined ? {} : { column }),
    ...(shown === undefined ? {} : { value: shown }),
    code: 'INVALID_RECORD',
    reason,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
