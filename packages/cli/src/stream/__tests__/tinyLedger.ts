/**
 * A ledger small enough to age by hand, as of 2026-06-30 in the management buckets, with application
 * `none` (stream mode's):
 * - C1 (CNY): INV-1 1000.00 due 2026-05-01 (60 days past due) less P1's 300.00 → 700.00 in 31–60;
 *   INV-2 500.00 due 2026-07-01, not due, 100.00 of it disputed; P1 leaves 100.00 unapplied.
 * - C2 (USD): INV-3 200.00 due 2025-02-01 (514 days) less credit note CN1's 20.00 → 180.00 over 365;
 *   P2 (50.00, no application) is unapplied. C2's INV-4 is issued after the date, P3 is dated after it.
 */
export const tinyLedger: Readonly<Record<string, string>> = {
  'customers.csv':
    'id,name,group,tag.region\nC1,"Hengda Trading, Ltd.",retail,East\nC2,Lianhua Foods,wholesale,\n',
  'invoices.csv': [
    'id,customerId,currency,issueDate,dueDate,amount,reference',
    'INV-1,C1,CNY,2026-04-01,2026-05-01,1000.00,',
    'INV-2,C1,CNY,2026-06-01,2026-07-01,500.00,"PO 7, line 2"',
    'INV-3,C2,USD,2025-01-01,2025-02-01,200.00,',
    'INV-4,C2,CNY,2026-07-05,2026-08-04,50.00,',
    '',
  ].join('\n'),
  'payments.csv': [
    'id,customerId,currency,date,amount,reference',
    'P1,C1,CNY,2026-06-10,400.00,',
    'P2,C2,USD,2026-06-20,50.00,',
    'P3,C2,CNY,2026-07-10,10.00,',
    '',
  ].join('\n'),
  'payment-applications.csv': 'paymentId,invoiceId,instalment,amount\nP1,INV-1,,300.00\n',
  'credit-notes.csv':
    'id,customerId,currency,date,amount,reason\nCN1,C2,USD,2026-06-25,20.00,returned goods\n',
  'credit-note-applications.csv': 'creditNoteId,invoiceId,instalment,amount\nCN1,INV-3,1,20.00\n',
  'disputes.csv':
    'id,customerId,invoiceId,instalment,openedOn,resolvedOn,amount,reason\nD1,C1,INV-2,,2026-06-15,,100.00,short delivery\n',
};
