import type { VariableValue } from './VariableValue.ts';

/** The values to render a template with, by variable name: exactly the variables the template declares. */
export type VariableValues = Readonly<Record<string, VariableValue>>;
