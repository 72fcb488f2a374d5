/**
 * A predicate written in code for a condition `{ custom: name }`, e.g. a sanctions-list lookup. It must
 * be pure: the same input gives the same answer.
 */
export type CustomCondition = (input: Readonly<Record<string, unknown>>) => boolean;
