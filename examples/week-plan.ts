/**
 * A week of reminders: a policy kept in a JSON file is loaded and validated, then planned over a
 * generated portfolio for one week, and printed one line per action with the rule that fired.
 *
 *   npx tsx --conditions=@receivables/source examples/week-plan.ts
 */
import { readFileSync } from 'node:fs';
import { currencyMinorUnits, fromMinorUnits } from '@receivables/core';
import { parseReminderPolicy, planReminders } from '@receivables/reminder-policy';
import { generatePortfolio } from '@receivables/testing';

const policy = parseReminderPolicy(
  JSON.parse(readFileSync(new URL('./data/policy.json', import.meta.url), 'utf8')),
);
const portfolio = generatePortfolio({ seed: 7, customers: 12, invoices: 120, asOf: '2026-06-30' });

const plan = planReminders(policy, portfolio, { from: '2026-06-22', to: '2026-06-28' });
console.log(`${plan.length} actions from 2026-06-22 to 2026-06-28`);
for (const action of plan) {
  const amount = `${action.currency} ${fromMinorUnits(action.amountMinor, action.currency).toFixed(currencyMinorUnits(action.currency))}`;
  console.log(
    [
      action.date,
      action.customerId.padEnd(6),
      action.channel.padEnd(12),
      action.role.padEnd(9),
      `L${action.level}`,
      `DPD ${String(action.daysPastDue).padStart(4)}`,
      amount.padStart(14),
      `${action.reason.rule}: ${action.reason.detail}`,
    ].join('  '),
  );
}
