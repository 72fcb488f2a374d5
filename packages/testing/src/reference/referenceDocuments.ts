// The schemas are read from the packages' public entry points by path: @receivables/testing depends
// on core only, and the reference needs every package that publishes a document schema.
import {
  creditNoteJsonSchema,
  customerJsonSchema,
  disputeJsonSchema,
  invoiceJsonSchema,
  paymentJsonSchema,
  portfolioJsonSchema,
  promiseToPayJsonSchema,
} from '../../../core/src/index.ts';
import {
  defaultGradeScale,
  defaultRiskTiers,
  gradeScaleJsonSchema,
  riskTiersJsonSchema,
  scorecardDefinitionJsonSchema,
  sevenItemScorecardDefinition,
} from '../../../credit-scoring/src/index.ts';
import { defaultReminderPolicy, reminderPolicyJsonSchema } from '../../../reminder-policy/src/index.ts';
import { scriptCatalogJsonSchema } from '../../../script-catalog/src/index.ts';
import type { ReferenceDocument } from './ReferenceDocument.ts';

const INPUT_GUIDE = '[the input files guide](../guides/cli-input-files.md)';
const CLI_GUIDE = '[the CLI reference](../guides/cli.md)';

/** A record page: the JSON form of one input kind, with its CSV file and the portfolio list it fills. */
function recordDocument(options: {
  readonly file: string;
  readonly title: string;
  readonly kind: string;
  readonly list: string;
  readonly what: string;
  readonly schema: Readonly<Record<string, unknown>>;
  readonly schemaName: string;
  readonly parser: string;
  readonly type: string;
  readonly csv: string;
  readonly rules: readonly string[];
  readonly example: Readonly<Record<string, unknown>>;
}): ReferenceDocument {
  return {
    file: options.file,
    title: options.title,
    summary: `${options.what}: \`${options.kind}.csv\` or \`${options.kind}.json\`, or \`${options.list}\` in a portfolio file.`,
    introduction: `${options.what}. In a data folder (\`--data\`) they are \`${options.kind}.json\`, an array of these records, or \`${options.kind}.csv\`, one row per record with the same field names as columns (${options.csv}); in a [portfolio file](portfolio.md) they are the \`${options.list}\` list. See ${INPUT_GUIDE} for the CSV form, column mapping and how problems are reported.`,
    facts: [
      [
        'Parsed by',
        `\`${options.parser}\` (one record) and \`parsePortfolio\` (with the checks across records), from \`@receivables/core\``,
      ],
      ['JSON Schema', `\`${options.schemaName}\` from \`@receivables/core\` (draft 2020-12, input form)`],
      ['Sample', `[\`examples/data/${options.kind}.csv\`](../../examples/data/${options.kind}.csv)`],
    ],
    schema: options.schema,
    type: { package: 'core', name: options.type },
    rules: options.rules,
    example: {
      title: `${options.kind}.json`,
      introduction: `The file \`${options.kind}.json\` with one record:`,
      value: [options.example],
    },
  };
}

const APPLICATION_RULES: readonly string[] = [
  'Each application names an invoice of the same customer and currency (`unknown_invoice`, `customer_mismatch`, `currency_mismatch`) and, when it gives `instalment`, an instalment that invoice has (`unknown_instalment`).',
  'The applications add up to no more than the amount (`over_applied`); whatever they leave is applied by the aging rules (oldest due first by default) or stays on account.',
  'Amounts are positive and have no more decimals than the currency allows (`amount_not_positive`, `too_precise`).',
];

/**
 * The document types of the file-format reference, one page each: the portfolio and its records
 * (`@receivables/core`), the reminder policy, the scorecard definition, the grade scale, the risk
 * tiers and the script catalog, each with the schema its package publishes.
 */
export const referenceDocuments: readonly ReferenceDocument[] = [
  {
    file: 'portfolio.md',
    title: 'Portfolio file',
    summary: 'The whole ledger in one JSON file (`--portfolio`), as `serializePortfolio` writes it.',
    introduction: `The whole ledger in one JSON object: customers, invoices (with their instalments), payments and credit notes (with their applications), disputes and promises to pay. Every list may be left out. It is what \`serializePortfolio\` writes and \`parsePortfolio\` reads, so a portfolio can be saved and loaded without loss; the \`receivables\` command reads it with \`--portfolio file.json\` instead of a data folder (see ${CLI_GUIDE}).`,
    facts: [
      ['Parsed by', '`parsePortfolio` from `@receivables/core`; written by `serializePortfolio`'],
      ['JSON Schema', '`portfolioJsonSchema` from `@receivables/core` (draft 2020-12, input form)'],
      ['Command line', '`receivables aging --portfolio portfolio.json`'],
    ],
    schema: portfolioJsonSchema,
    type: { package: 'core', name: 'PortfolioInput' },
    linkedPaths: {
      'customers[]': { file: 'customers.md', title: 'Customer' },
      'invoices[]': { file: 'invoices.md', title: 'Invoice' },
      'payments[]': { file: 'payments.md', title: 'Payment' },
      'creditNotes[]': { file: 'credit-notes.md', title: 'Credit note' },
      'disputes[]': { file: 'disputes.md', title: 'Dispute' },
      'promises[]': { file: 'promises.md', title: 'Promise to pay' },
    },
    rules: [
      'Ids are unique within each list (`duplicate_id`).',
      'Every `customerId` names a customer of the portfolio (`unknown_customer`) and every `invoiceId` an invoice (`unknown_invoice`) of the same customer (`customer_mismatch`).',
      'Applications are in the invoice’s currency (`currency_mismatch`), name instalments the invoice has (`unknown_instalment`) and never apply more than the payment or credit note holds (`over_applied`).',
      'A dispute is at most the amount of its invoice or instalment (`dispute_exceeds_invoice`) and has no more decimals than the invoice’s currency allows (`too_precise`).',
      'Every problem is reported at once, each with its path (`invoices[12].dueDate`), in one `INVALID_PORTFOLIO` error.',
    ],
    example: {
      title: 'portfolio.json',
      introduction:
        'A small portfolio: one customer, an invoice on a 3-6-1 plan with its first instalment paid, a dispute on the second and a promise to pay:',
      value: {
        customers: [
          {
            id: 'C0001',
            name: '苏州瑞丰机械设备有限公司',
            group: 'standard',
            onboardedOn: '2023-03-01',
            tags: { region: 'East' },
          },
        ],
        invoices: [
          {
            id: 'INV-1001',
            customerId: 'C0001',
            currency: 'CNY',
            issueDate: '2026-01-05',
            amount: '100000.00',
            reference: '26312000000000123456',
            instalments: [
              { dueDate: '2026-01-15', amount: '30000.00', role: 'first' },
              { dueDate: '2026-03-15', amount: '60000.00', role: 'middle' },
              { dueDate: '2027-03-15', amount: '10000.00', role: 'final' },
            ],
          },
        ],
        payments: [
          {
            id: 'PAY-2001',
            customerId: 'C0001',
            currency: 'CNY',
            date: '2026-01-20',
            amount: '30000.00',
            reference: 'CMB2026012000017',
            applications: [{ invoiceId: 'INV-1001', instalment: 1, amount: '30000.00' }],
          },
        ],
        disputes: [
          {
            id: 'DSP-3001',
            customerId: 'C0001',
            invoiceId: 'INV-1001',
            instalment: 2,
            openedOn: '2026-03-20',
            amount: '6000.00',
            reason: 'short delivery',
          },
        ],
        promises: [
          {
            id: 'PTP-4001',
            customerId: 'C0001',
            invoiceIds: ['INV-1001'],
            madeOn: '2026-03-25',
            promisedDate: '2026-04-10',
            amount: '54000.00',
            currency: 'CNY',
            status: 'open',
          },
        ],
      },
    },
  },
  recordDocument({
    file: 'customers.md',
    title: 'Customer records',
    kind: 'customers',
    list: 'customers',
    what: 'The customers who owe money',
    schema: customerJsonSchema,
    schemaName: 'customerJsonSchema',
    parser: 'parseCustomer',
    type: 'CustomerInput',
    csv: 'tags as one `tag.<key>` column per key, e.g. `tag.region`',
    rules: ['Customer ids are unique in the portfolio (`duplicate_id`).'],
    example: {
      id: 'C0001',
      name: '苏州瑞丰机械设备有限公司',
      group: 'standard',
      onboardedOn: '2023-03-01',
      tags: { region: 'East', salesperson: 'Li Wei' },
    },
  }),
  recordDocument({
    file: 'invoices.md',
    title: 'Invoice records',
    kind: 'invoices',
    list: 'invoices',
    what: 'The invoices issued to customers, each with its payment schedule',
    schema: invoiceJsonSchema,
    schemaName: 'invoiceJsonSchema',
    parser: 'parseInvoice',
    type: 'InvoiceInput',
    csv: 'the instalments in a separate `instalments.csv`, one row per instalment with `invoiceId` and `number`',
    rules: [
      'Without instalments the invoice needs a `dueDate` (`due_date_missing`); with instalments a `dueDate`, if given, equals the last instalment’s (the due date of a validated invoice is always the last instalment’s).',
      'The instalments add up exactly to `amount` and their due dates never go backwards nor come before `issueDate` (`due_before_issue`).',
      'Amounts are positive and have no more decimals than the currency allows (`amount_not_positive`, `too_precise`); dates are real calendar days (`invalid_date`).',
      'Instalment roles default by position: the first is `first`, the last `final`, the others `middle`; a lone instalment is `final`.',
      'Invoice ids are unique, and `customerId` names a customer of the portfolio (`duplicate_id`, `unknown_customer`).',
    ],
    example: {
      id: 'INV-1001',
      customerId: 'C0001',
      currency: 'CNY',
      issueDate: '2026-01-05',
      amount: '100000.00',
      instalments: [
        { dueDate: '2026-01-15', amount: '30000.00' },
        { dueDate: '2026-03-15', amount: '60000.00' },
        { dueDate: '2027-03-15', amount: '10000.00' },
      ],
    },
  }),
  recordDocument({
    file: 'payments.md',
    title: 'Payment records',
    kind: 'payments',
    list: 'payments',
    what: 'The cash received from customers, with what each payment settles',
    schema: paymentJsonSchema,
    schemaName: 'paymentJsonSchema',
    parser: 'parsePayment',
    type: 'PaymentInput',
    csv: 'the applications in a separate `payment-applications.csv`, one row per application with `paymentId`',
    rules: APPLICATION_RULES,
    example: {
      id: 'PAY-2001',
      customerId: 'C0001',
      currency: 'CNY',
      date: '2026-01-20',
      amount: '30000.00',
      reference: 'CMB2026012000017',
      applications: [{ invoiceId: 'INV-1001', instalment: 1, amount: '30000.00' }],
    },
  }),
  recordDocument({
    file: 'credit-notes.md',
    title: 'Credit note records',
    kind: 'credit-notes',
    list: 'creditNotes',
    what: 'The credit notes (红字发票) that reduce what a customer owes',
    schema: creditNoteJsonSchema,
    schemaName: 'creditNoteJsonSchema',
    parser: 'parseCreditNote',
    type: 'CreditNoteInput',
    csv: 'the applications in a separate `credit-note-applications.csv`, one row per application with `creditNoteId`',
    rules: APPLICATION_RULES,
    example: {
      id: 'CN-3001',
      customerId: 'C0001',
      currency: 'CNY',
      date: '2026-04-02',
      amount: '6000.00',
      reason: 'dispute settled',
      applications: [{ invoiceId: 'INV-1001', instalment: 2, amount: '6000.00' }],
    },
  }),
  recordDocument({
    file: 'disputes.md',
    title: 'Dispute records',
    kind: 'disputes',
    list: 'disputes',
    what: 'The disputes over all or part of an invoice: the disputed amount is left out of reminders while the dispute is open',
    schema: disputeJsonSchema,
    schemaName: 'disputeJsonSchema',
    parser: 'parseDispute',
    type: 'DisputeInput',
    csv: 'no nested lists',
    rules: [
      '`resolvedOn` is not before `openedOn` (`resolved_before_opened`).',
      'The amount is positive and at most the invoice’s, or the instalment’s when `instalment` is given (`dispute_exceeds_invoice`), with no more decimals than the invoice’s currency allows (`too_precise`).',
      '`invoiceId` names an invoice of the same customer, and `instalment` one of its instalments (`unknown_invoice`, `customer_mismatch`, `unknown_instalment`).',
    ],
    example: {
      id: 'DSP-3001',
      customerId: 'C0001',
      invoiceId: 'INV-1001',
      instalment: 2,
      openedOn: '2026-03-20',
      amount: '6000.00',
      reason: 'short delivery',
    },
  }),
  recordDocument({
    file: 'promises.md',
    title: 'Promise records',
    kind: 'promises',
    list: 'promises',
    what: 'The promises to pay (承诺付款) that customers made: an open promise pauses reminders until the promised date',
    schema: promiseToPayJsonSchema,
    schemaName: 'promiseToPayJsonSchema',
    parser: 'parsePromiseToPay',
    type: 'PromiseToPayInput',
    csv: '`invoiceIds` as one cell with the ids separated by `;`',
    rules: [
      '`promisedDate` is not before `madeOn` (`promised_before_made`).',
      'The amount is positive with no more decimals than the currency allows (`too_precise`).',
      'Every invoice named belongs to the same customer (`unknown_invoice`, `customer_mismatch`).',
    ],
    example: {
      id: 'PTP-4001',
      customerId: 'C0001',
      invoiceIds: ['INV-1001'],
      madeOn: '2026-03-25',
      promisedDate: '2026-04-10',
      amount: '54000.00',
      currency: 'CNY',
      status: 'open',
    },
  }),
  {
    file: 'reminder-policy.md',
    title: 'Reminder policy file',
    summary: 'When to remind whom, through which channel, and when to escalate (`--policy`).',
    introduction: `A reminder policy says when to remind a customer before an instalment falls due, how often to follow up once it is overdue and through which channels, when to escalate and what each level does, and how to guard the limitation period. Every field is required: start from the default policy below (or from [\`examples/data/policy.json\`](../../examples/data/policy.json)) and change what you need. The [reminder policy guide](../guides/reminder-policy.md) explains each rule.`,
    facts: [
      [
        'Parsed by',
        '`parseReminderPolicy` from `@receivables/reminder-policy`; `planReminders` and `worklist` validate it again',
      ],
      ['JSON Schema', '`reminderPolicyJsonSchema` from `@receivables/reminder-policy` (draft 2020-12)'],
      ['Command line', '`receivables plan --policy policy.json` (the default policy when absent)'],
    ],
    schema: reminderPolicyJsonSchema,
    type: { package: 'reminder-policy', name: 'ReminderPolicy' },
    rules: [
      'Day counts are whole numbers: `leadDays` and `promiseGraceDays` at least 0; `startDay`, `everyDays`, `fromDaysPastDue`, `minIntervalDays`, `years`, `alertDays` and `forceWrittenDemandDays` at least 1 (`invalid_days`).',
      'Channels, roles and measures are the ones listed in the tables above (`unknown_channel`, `unknown_role`, `unknown_measure`); `minTier` is a whole number from 0 to 4 (`invalid_tier`).',
      'Amounts in `minOpenAmount` are decimal strings of at least 0 with no more decimals than their currency allows, keyed by ISO 4217 code (`invalid_amount`, `negative_amount`).',
      '`legalFiling` cannot be a routine cadence, only an escalation channel (`legal_cadence`); a `xun` cadence uses a written channel, `letter` or `email` (`xun_not_written`).',
      'Escalation level ids are unique (`duplicate_id`) and their `fromDaysPastDue` strictly increase (`overlapping_levels`).',
      'No field other than those listed is allowed, at any level; every problem is reported at once in one `INVALID_POLICY` error.',
    ],
    example: {
      title: 'The default policy',
      introduction:
        'The suite’s default policy (`defaultReminderPolicy`), which the `receivables` command uses without `--policy`: pre-due reminders 7, 3 and 10 days ahead by instalment role (spec §3.1), a weekly call, a letter every 10 days and a visit every 30 days once overdue (§3.2), and escalation at 31, 61, 91 and 106 days past due (§3.5):',
      value: defaultReminderPolicy,
    },
  },
  {
    file: 'scorecard.md',
    title: 'Scorecard file',
    summary: 'A credit scorecard as data: factors, weights, bands, knock-out and cap rules (`--scorecard`).',
    introduction: `A scorecard turns what is known about a customer into a score and a grade: each factor reads one field of the applicant (or several, for a linear factor), gives points by bands, categories or a formula, and weighs them; rules then knock the grade out or cap it. Factors of kind \`custom\` are functions passed in code; everything else is data. The [credit scoring guide](../guides/credit-scoring.md) explains the scoring and [extending scoring rules](../guides/extending-scoring-rules.md) shows a scorecard file in use.`,
    facts: [
      [
        'Parsed by',
        '`createScorecard` from `@receivables/credit-scoring` (with the custom factors and conditions it names)',
      ],
      ['JSON Schema', '`scorecardDefinitionJsonSchema` from `@receivables/credit-scoring` (draft 2020-12)'],
      [
        'Command line',
        '`receivables score --scorecard scorecard.json` (the seven-item scorecard when absent)',
      ],
      ['Sample', '[`examples/data/scorecard.json`](../../examples/data/scorecard.json)'],
    ],
    schema: scorecardDefinitionJsonSchema,
    type: { package: 'credit-scoring', name: 'ScorecardDefinition' },
    linkedPaths: { gradeScale: { file: 'grade-scale.md', title: 'Grade scale' } },
    rules: [
      'Factor ids and rule ids are unique (`duplicate_factor`, `duplicate_rule`); the weights add up to `totalWeight` when it is given (`weight_total_mismatch`), and at least one weight is positive (`no_weight`).',
      'Bands: the first has no bound, every later one exactly one of `atLeast` or `above` (`first_band_bounded`, `band_bound`), the bounds increase (`bands_not_increasing`) and the points follow the `direction` (`bands_not_monotone`).',
      'Categories list each value once (`duplicate_category`); `validRange` and `minPoints`/`maxPoints` are not empty (`empty_range`).',
      'On a percent scale every number of points is from 0 to 100 (`points_out_of_scale`); a points scale needs its own `gradeScale` (`grade_scale_required`).',
      'A rule’s `grade` is an id of the grade scale (`unknown_grade`); a `custom` factor or condition names a function passed to `createScorecard` (`unknown_custom_factor`, `unknown_custom_condition`).',
    ],
    example: {
      title: 'The seven-item scorecard',
      introduction:
        'The seven-item evaluation (客户信用七项评估, spec §1.1, `sevenItemScorecardDefinition`), which the `receivables` command uses without `--scorecard`; copy it and change weights, bands or rules:',
      value: sevenItemScorecardDefinition,
    },
  },
  {
    file: 'grade-scale.md',
    title: 'Grade scale file',
    summary: 'Credit grades with the payment mode, net-asset ratio, credit days and review interval of each.',
    introduction: `A grade scale maps a score to a grade, and each grade to what it allows: the payment mode (from open account to cash in advance), the share of net assets usable as a credit limit, the longest credit term and the months until the next review. It stands alone or as the \`gradeScale\` of a [scorecard file](scorecard.md). See [credit limits and tiers](../guides/credit-limits-and-tiers.md).`,
    facts: [
      ['Parsed by', '`createGradeScale` from `@receivables/credit-scoring`'],
      ['JSON Schema', '`gradeScaleJsonSchema` from `@receivables/credit-scoring` (draft 2020-12)'],
    ],
    schema: gradeScaleJsonSchema,
    type: { package: 'credit-scoring', name: 'GradeScale' },
    rules: [
      'Grade ids are unique (`duplicate_grade`).',
      '`minScore` strictly decreases from the best grade to the worst (`grades_not_decreasing`), and the last grade’s is 0, so every score has a grade (`last_grade_not_zero`).',
    ],
    example: {
      title: 'The default scale',
      introduction: 'The default scale (`defaultGradeScale`, spec §1.2):',
      value: defaultGradeScale,
    },
  },
  {
    file: 'risk-tiers.md',
    title: 'Risk tiers file',
    summary: 'Risk tiers with the triggers that put a customer in them and the measures each calls for.',
    introduction: `Risk tiers (分级设定 / 分级触发 / 分级措施, spec §1.8) sort customers by how worried to be: each tier lists triggers on a customer’s facts (days past due, credit utilisation, danger signals, broken promises, days to the limitation expiry) and the measures it calls for. Any one trigger puts the customer in the tier; the highest tier wins. See [credit limits and tiers](../guides/credit-limits-and-tiers.md).`,
    facts: [
      ['Parsed by', '`parseRiskTiers` from `@receivables/credit-scoring`; `assessRiskTier` takes the result'],
      ['JSON Schema', '`riskTiersJsonSchema` from `@receivables/credit-scoring` (draft 2020-12)'],
    ],
    schema: riskTiersJsonSchema,
    type: { package: 'credit-scoring', name: 'RiskTierDefinition' },
    rules: [
      'Tiers are numbered 0, 1, 2, … in order (`tier_out_of_order`); tier 0, the normal tier, has no triggers (`normal_tier_trigger`) and every other tier has at least one (`tier_without_trigger`).',
      'A trigger has at least one bound (`no_bound`) and its bounds admit some value (`empty_range`).',
      'Tier ids, and trigger ids across the table, are unique (`duplicate_id`).',
    ],
    example: {
      title: 'The default tiers',
      introduction: 'The default tiers (`defaultRiskTiers`, spec §1.8):',
      value: defaultRiskTiers,
    },
  },
  {
    file: 'script-catalog.md',
    title: 'Script catalog file',
    summary:
      'Collection tactics, excuse scenarios, fit tables, texts per locale and message templates (`--catalog`).',
    introduction: `A script catalog holds what the recommender and the renderer know: the fixed vocabulary (ten tactics, ten excuse scenarios, common excuses, power situations, negotiator styles, causes, fears, stages, channels), the fit tables that score tactics for a situation, each locale’s texts, the message templates (ICU messages) and the lint rules that keep risky wording out. \`defaultScriptCatalog\` from \`@receivables/script-catalog/default\` is a complete example: write it out with \`JSON.stringify(defaultScriptCatalog, null, 2)\` to start your own, or add templates to it with \`extendCatalog\`. See the [script catalog guide](../guides/script-catalog.md).`,
    facts: [
      [
        'Parsed by',
        '`parseScriptCatalog` from `@receivables/script-catalog`; `createScriptCatalog` and `extendCatalog` validate the same way',
      ],
      ['JSON Schema', '`scriptCatalogJsonSchema` from `@receivables/script-catalog` (draft 2020-12)'],
      ['Command line', `\`receivables worklist --catalog catalog.json\` (see ${CLI_GUIDE})`],
    ],
    schema: scriptCatalogJsonSchema,
    type: { package: 'script-catalog', name: 'ScriptCatalog' },
    rules: [
      'The vocabulary is fixed: `tactics`, `scenarios`, `powerSituations`, `styles`, `causes` (with their subtypes), `fears`, `stages` and `channels` list exactly the suite’s ids in the suite’s order, and `excuses` each common excuse once (`fixed_vocabulary`).',
      'Fears `F1`–`F4` and `F9` (suit, asset preservation, the defaulter list, public credit records, loss of financing) are `formalOnly`: only the formal tactic may raise them (`fear_rule`, spec §4.6); `phone`, `messaging` and `visit` are `immediate`, so quiet hours apply to them (`quiet_hours_rule`).',
      'Locales are valid BCP 47 tags listed once (`invalid_locale`, `duplicate_locale`), the default locale has texts (`unknown_locale`), and every template has a version in the default locale (`missing_default_locale`); the versions of one template in different locales agree in everything but their text (`locale_versions_differ`).',
      'Every message is a valid ICU message (`invalid_message`) that uses only the variables its template declares (`unknown_argument`, `message_not_allowed`).',
      'Every template passes the catalog’s lint rules at each of its stages (`lint_error`); lint patterns are safe regular expressions (`unsafe_pattern`).',
      'Ids are unique (`duplicate_id`); every problem is reported at once in one `INVALID_CATALOG` error.',
    ],
  },
];
