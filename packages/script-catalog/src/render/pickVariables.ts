import { RESERVED_VARIABLE_NAMES, VARIABLE_NAME_PATTERN } from '../_internals/standardVariables.ts';
import type { ScriptTemplate } from '../catalog/ScriptTemplate.ts';
import type { VariableValues } from './VariableValues.ts';

/**
 * Keeps only the values a template declares, so one set of values for a customer can feed any
 * template ({@link renderScript} refuses undeclared variables to catch misspellings). Values the
 * template needs but the set lacks stay missing, and rendering reports them.
 *
 * @param template - The template to render.
 * @param values - All the values you have, e.g. for one customer and invoice.
 * @returns A new object with the declared values only.
 *
 * @example
 * ```ts
 * import { findTemplate, pickVariables } from '@receivables/script-catalog';
 * import { defaultScriptCatalog } from '@receivables/script-catalog/default';
 *
 * const template = findTemplate(defaultScriptCatalog, 'plea.phone', 'en');
 * const picked = pickVariables(template, { contact: 'Ms Wang', sender: 'Li Lei', offer: 'unused' });
 * console.log(Object.keys(picked)); // ["contact","sender"]
 * ```
 */
export function pickVariables(template: ScriptTemplate, values: VariableValues): VariableValues {
  const picked: Record<string, VariableValues[string]> = {};
  for (const name of Object.keys(template.variables)) {
    // A name no valid template can declare is skipped, so no key here can reach a prototype.
    if (!VARIABLE_NAME_PATTERN.test(name) || RESERVED_VARIABLE_NAMES.has(name)) continue;
    const value = hasOwnValue(values, name) ? values[name] : undefined;
    if (value !== undefined) picked[name] = value;
  }
  return picked;
}

/** Values may come straight from a record read from outside: anything but an object holds none. */
function hasOwnValue(values: VariableValues, name: string): boolean {
  return typeof values === 'object' && values !== null && Object.hasOwn(values, name);
}
