import type { VariableType } from '../vocabulary/VariableType.ts';

/**
 * The variables the suite's templates share, with their types. A template may declare other names,
 * but one of these names always has this type, so one set of values serves every template.
 *
 * @internal
 */
export const STANDARD_VARIABLES: ReadonlyMap<string, VariableType> = new Map<string, VariableType>([
  ['customer', 'text'],
  ['contact', 'text'],
  ['invoiceNumbers', 'list'],
  ['amount', 'amount'],
  ['currency', 'text'],
  ['dueDate', 'date'],
  ['daysPastDue', 'number'],
  ['deadline', 'date'],
  ['sender', 'text'],
  ['company', 'text'],
  ['bankDetails', 'text'],
  ['offer', 'text'],
]);

/**
 * Names a template may not declare: they are properties every JavaScript object inherits, and a value
 * map must never reach them.
 *
 * @internal
 */
export const RESERVED_VARIABLE_NAMES: ReadonlySet<string> = new Set([
  'constructor',
  'prototype',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);

/** A variable name: a letter, then letters, digits or underscores. @internal */
export const VARIABLE_NAME_PATTERN: RegExp = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
