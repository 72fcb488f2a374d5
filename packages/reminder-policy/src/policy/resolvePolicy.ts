import { describeValue, ReceivablesError, throwValidationError, toValidationIssues } from '@receivables/core';
import type { ReminderPolicy } from './ReminderPolicy.ts';
import type { ReminderPolicyOverride } from './ReminderPolicyOverride.ts';
import { ReminderPolicySchema } from './ReminderPolicySchema.ts';

/** The layers of policy a company keeps: its default, then overrides by customer group, customer and invoice. */
export interface PolicyLayers {
  readonly base: ReminderPolicy;
  readonly groups?: Readonly<Record<string, ReminderPolicyOverride>>;
  readonly customers?: Readonly<Record<string, ReminderPolicyOverride>>;
  readonly invoices?: Readonly<Record<string, ReminderPolicyOverride>>;
}

/** Which group, customer and invoice the policy is wanted for; each may be left out. */
export interface PolicyTarget {
  readonly group?: string;
  readonly customerId?: string;
  readonly invoiceId?: string;
}

/**
 * Resolves the policy that applies to one invoice: suite default < customer group < customer < invoice.
 * Each override is merged deeply onto the layers below it (lists replace whole) and the result of every
 * step is validated, so a problem is reported under the override that caused it.
 *
 * @param layers - The base policy and the overrides by group, customer and invoice id.
 * @param target - The group, customer and invoice.
 * @returns The merged, validated policy.
 * @throws {ReceivablesError} `INVALID_POLICY` listing every problem, with paths that start at the
 *   override, e.g. `customers.C1.minIntervalDays: 0 is not a positive number of days`; `INVALID_ARGUMENT`
 *   when `layers` or `target` is not an object.
 *
 * @example
 * ```ts
 * import { defaultReminderPolicy, resolvePolicy } from '@receivables/reminder-policy';
 *
 * const policy = resolvePolicy(
 *   {
 *     base: defaultReminderPolicy,
 *     groups: { strategic: { minIntervalDays: 5, promiseGraceDays: 7 } },
 *     customers: { C1: { promiseGraceDays: 10 } },
 *   },
 *   { group: 'strategic', customerId: 'C1', invoiceId: 'INV-1' },
 * );
 * console.log(policy.minIntervalDays, policy.promiseGraceDays, policy.preDue.leadDays.final); // 5 10 10
 * ```
 */
export function resolvePolicy(layers: PolicyLayers, target: PolicyTarget): ReminderPolicy {
  requireObject(layers, 'layers');
  requireObject(target, 'target');
  let policy = validated(layers.base, ['base']);
  const steps: [string, Readonly<Record<string, ReminderPolicyOverride>> | undefined, string | undefined][] =
    [
      ['groups', layers.groups, target.group],
      ['customers', layers.customers, target.customerId],
      ['invoices', layers.invoices, target.invoiceId],
    ];
  for (const [layer, overrides, id] of steps) {
    // Only an override the layer owns: an id such as "constructor" must not find Object's members.
    const override = id === undefined || !ownsKey(overrides, id) ? undefined : overrides?.[id];
    if (override !== undefined && id !== undefined)
      policy = validated(mergeDeep(policy, override), [layer, id]);
  }
  return policy;
}

function validated(policy: unknown, basePath: (string | number)[]): ReminderPolicy {
  const result = ReminderPolicySchema.safeParse(policy, { reportInput: true });
  if (!result.success) {
    throwValidationError(
      'INVALID_POLICY',
      'resolvePolicy',
      toValidationIssues(result.error.issues, basePath),
    );
  }
  return result.data;
}

function mergeDeep(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    // Defined, not assigned: a "__proto__" key read from JSON stays a field (which validation reports)
    // instead of replacing the merged object's prototype.
    Object.defineProperty(merged, key, {
      value: mergeDeep(ownsKey(base, key) ? base[key] : undefined, value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return merged;
}

function ownsKey(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key);
}

function requireObject(value: unknown, name: 'layers' | 'target'): void {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return;
  throw new ReceivablesError(
    'INVALID_ARGUMENT',
    `resolvePolicy: ${name} ${describeValue(value)} is not an object`,
    {
      details: { field: name, value: describeValue(value) },
    },
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
