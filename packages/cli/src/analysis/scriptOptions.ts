import type { CommandOption } from '../program/CliCommand.ts';

/**
 * The options of the `worklist` and `scripts` commands that fill in the scripts and state the
 * situation's flags.
 *
 * @internal
 */
export const scriptOptions: readonly CommandOption[] = [
  { flags: '--both-locales', description: 'render the scripts in Chinese and in English' },
  { flags: '--sender <name>', description: 'who calls or signs (default: a blank to fill in)' },
  { flags: '--company <name>', description: 'our company, as letters are signed (default: a blank)' },
  { flags: '--bank-details <text>', description: 'where to pay, as letters print it (default: a blank)' },
  {
    flags: '--contact <name>',
    description: 'the person spoken to (default: the customer’s contact tag, or a blank)',
  },
  { flags: '--offer <text>', description: 'the concession offered, for the concession tactic' },
  {
    flags: '--deadline <date>',
    description: 'the payment deadline the texts set, YYYY-MM-DD (default: 7 days after the as-of date)',
  },
  {
    flags: '--real-deadline <date>',
    description:
      'a real deadline of ours (month, quarter or year end) within 10 days: allows the deadline tactic',
  },
  {
    flags: '--authority-to-concede',
    description: 'the collector may grant a concession: allows the concession tactic',
  },
  {
    flags: '--ready-to-end',
    description: 'we are ready to lose the customer: allows the formal tactic at tier 3 or above',
  },
  {
    flags: '--delivery-documented',
    description: 'delivery and acceptance are documented: needed by the principle and formal tactics',
  },
  {
    flags: '--personal-relationship',
    description: 'the collector knows the contact personally: allows the vision tactic',
  },
  {
    flags: '--sme-protection',
    description:
      'we are an SME owed money by a public body or large enterprise: adds the SME-regulation answers',
  },
];
