import type { ReportAmount, ReportData } from '../ReportData.ts';

/** A name that tries to break out of text, attributes and the page. */
export const hostileName = `<script>alert("pwned")</script> O'Brien & "Sons" </title><img src=x onerror=alert(1)>`;

const cny = (amount: string): ReportAmount => ({ amount, currency: 'CNY' });
const usd = (amount: string): ReportAmount => ({ amount, currency: 'USD' });

/**
 * A hand-made report with known figures: CNY aging 300 / 100 (40 disputed) / 0 / 250 / 1200 / 0 / 50,
 * a USD line kept in the table only, three customers ranked by overdue, four grades, three KPIs and
 * two planned contacts.
 */
export function reportDataFixture(): ReportData {
  const buckets = [
    ['notDue', 'Not due', '300.00', '0.00', 1],
    ['d1to30', '1–30 days', '100.00', '40.00', 2],
    ['d31to60', '31–60 days', '0.00', '0.00', 0],
    ['d61to90', '61–90 days', '250.00', '0.00', 1],
    ['d91to180', '91–180 days', '1200.00', '200.00', 3],
    ['d181to365', '181–365 days', '0.00', '0.00', 0],
    ['over365', 'Over 365 days', '50.00', '0.00', 1],
  ] as const;
  return {
    locale: 'en',
    title: 'Receivables report',
    asOf: '2026-06-30',
    reportingCurrency: 'CNY',
    facts: [
      { label: 'As of', value: '2026-06-30' },
      { label: 'Reporting currency', value: 'CNY (USD at 7.1234)' },
      { label: 'Customers', value: '3' },
    ],
    aging: {
      title: 'Aged balances',
      description: 'Open balances by days past due; the hatched part of each bar is disputed.',
      buckets: buckets.map(([id, label]) => ({ id, label })),
      segments: { undisputed: 'Undisputed', disputed: 'Disputed' },
      columns: {
        bucket: 'Days past due',
        balance: 'Balance',
        disputed: 'Disputed',
        total: 'Total',
        overdue: 'Overdue',
        unapplied: 'Unapplied cash and credits',
      },
      lines: [
        {
          id: 'currency:USD',
          label: 'USD',
          currency: 'USD',
          charted: false,
          buckets: buckets.map(([bucketId]) => ({
            bucketId,
            balance: usd(bucketId === 'notDue' ? '10.00' : '0.00'),
            undisputed: usd(bucketId === 'notDue' ? '10.00' : '0.00'),
            disputed: usd('0.00'),
            count: bucketId === 'notDue' ? 1 : 0,
          })),
          balance: usd('10.00'),
          overdue: usd('0.00'),
          disputed: usd('0.00'),
          unapplied: usd('0.00'),
        },
        {
          id: 'reporting',
          label: 'All in CNY',
          currency: 'CNY',
          charted: true,
          buckets: buckets.map(([bucketId, , balance, disputed, count]) => ({
            bucketId,
            balance: cny(balance),
            undisputed: cny((Number(balance) - Number(disputed)).toFixed(2)),
            disputed: cny(disputed),
            count,
          })),
          balance: cny('1900.00'),
          overdue: cny('1600.00'),
          disputed: cny('240.00'),
          unapplied: cny('12.34'),
        },
      ],
    },
    topOverdue: {
      title: 'Largest overdue balances',
      description: 'The customers owing the most overdue money.',
      columns: {
        rank: '#',
        customer: 'Customer',
        overdue: 'Overdue',
        balance: 'Balance',
        oldestDaysPastDue: 'Oldest DPD',
        grade: 'Grade',
        tier: 'Risk tier',
      },
      groups: [
        {
          currency: 'CNY',
          label: 'Overdue in CNY',
          customers: [
            {
              customerId: 'C3',
              name: hostileName,
              overdue: cny('1000.00'),
              balance: cny('1100.00'),
              oldestDaysPastDue: 400,
              grade: { id: 'D', label: 'D (poor)' },
              tier: { level: 4, label: '4 Legal' },
            },
            {
              customerId: 'C1',
              name: 'Hengda Trading 恒达贸易有限公司',
              overdue: cny('450.50'),
              balance: cny('750.50'),
              oldestDaysPastDue: 75,
              grade: { id: 'B', label: 'B (fair)' },
              tier: { level: 3, label: '3 Serious' },
            },
            {
              customerId: 'C2',
              name: 'Lianhua Foods',
              overdue: cny('149.50'),
              balance: cny('149.50'),
              oldestDaysPastDue: 12,
              grade: null,
              tier: null,
            },
          ],
        },
      ],
    },
    grades: {
      title: 'Grade distribution',
      description: 'Customers and exposure per credit grade.',
      chart: 'exposure',
      columns: { grade: 'Grade', customers: 'Customers', exposure: 'Exposure' },
      rows: [
        { gradeId: 'A', label: 'A (good)', graded: true, count: 0, exposure: [cny('0.00')] },
        { gradeId: 'B', label: 'B (fair)', graded: true, count: 1, exposure: [cny('750.50')] },
        { gradeId: 'D', label: 'D (poor)', graded: true, count: 1, exposure: [cny('1100.00')] },
        { gradeId: 'ungraded', label: 'Not graded', graded: false, count: 1, exposure: [cny('149.50')] },
      ],
    },
    kpis: {
      title: 'Key figures',
      description: 'Headline receivables KPIs as of the report date.',
      items: [
        {
          id: 'overdueRate',
          label: 'Overdue rate',
          value: '84.21',
          display: '84.21%',
          definition: 'The share of the open balance that is past due.',
          formula: 'overdue ÷ total = 1,600.00 ÷ 1,900.00',
        },
        {
          id: 'dso',
          label: 'DSO',
          value: '52.10',
          display: '52.1 days',
          definition: 'Days of credit sales still owed.',
          formula: 'ending AR ÷ credit sales × 365',
        },
        {
          id: 'cei',
          label: 'CEI',
          value: null,
          display: '– (no sales in the period)',
          definition: 'How much of what could be collected was collected.',
          formula: '(begin + sales/N − end) ÷ (begin + sales/N − end current) × 100',
        },
      ],
    },
    plan: {
      title: 'Planned contacts this week',
      description: 'What the reminder policy schedules from 2026-06-30 to 2026-07-06.',
      from: '2026-06-30',
      to: '2026-07-06',
      columns: {
        date: 'Date',
        customer: 'Customer',
        channel: 'Channel',
        role: 'Who',
        amount: 'Amount',
        daysPastDue: 'DPD',
        reason: 'Why',
      },
      actions: [
        {
          date: '2026-06-30',
          customerId: 'C3',
          customerName: hostileName,
          channel: { id: 'lawyerLetter', label: 'Lawyer’s letter' },
          role: { id: 'legal', label: 'Legal' },
          amount: cny('1000.00'),
          daysPastDue: 400,
          reason: 'escalation: level 4 at 91+ days',
        },
        {
          date: '2026-07-01',
          customerId: 'C1',
          customerName: 'Hengda Trading 恒达贸易有限公司',
          channel: { id: 'phone', label: 'Phone' },
          role: { id: 'sales', label: 'Sales' },
          amount: cny('450.50'),
          daysPastDue: 76,
          reason: 'cadence: weekly oral reminder',
        },
      ],
    },
    notes: { title: 'Notes', items: ['USD converted at 7.1234 CNY per USD.'] },
    text: {
      empty: 'Nothing to show.',
      figures: 'Figures',
      contents: 'Contents',
      footer: 'Made with receivables report.',
    },
  };
}
