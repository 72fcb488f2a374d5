import { csv } from './inputFixtures.ts';

/** One small ledger with a row of every input kind, as the CSV files of a `data` folder. */
export const ledgerCsv: Readonly<Record<string, string>> = {
  'data/customers.csv': csv(
    'id,name,group,onboardedOn,tag.region,tag.salesperson',
    'C1,Hengda Trading,key-account,2020-03-01,East,Li Wei',
    'C2,"Acme, Inc.",,,West,',
  ),
  'data/invoices.csv': csv(
    'id,customerId,currency,issueDate,dueDate,amount,reference',
    'INV-1,C1,CNY,2026-01-05,,100000.00,FP-001',
    'INV-2,C2,USD,2026-03-05,2026-04-04,500.00,',
  ),
  'data/instalments.csv': csv(
    'invoiceId,number,dueDate,amount,role',
    'INV-1,2,2026-03-15,60000.00,',
    'INV-1,1,2026-01-15,30000.00,',
    'INV-1,3,2027-03-15,10000.00,final',
  ),
  'data/payments.csv': csv(
    'id,customerId,currency,date,amount,reference',
    'P1,C1,CNY,2026-01-20,35000.00,BANK-7',
    'P2,C2,USD,2026-04-10,200.00,',
  ),
  'data/payment-applications.csv': csv(
    'paymentId,invoiceId,instalment,amount',
    'P1,INV-1,1,30000.00',
    'P1,INV-1,,5000.00',
  ),
  'data/credit-notes.csv': csv(
    'id,customerId,currency,date,amount,reason',
    'CN1,C2,USD,2026-04-12,80.00,"damaged in transit, returned"',
  ),
  'data/credit-note-applications.csv': csv('creditNoteId,invoiceId,instalment,amount', 'CN1,INV-2,,80.00'),
  'data/disputes.csv': csv(
    'id,customerId,invoiceId,instalment,openedOn,resolvedOn,amount,reason',
    'D1,C1,INV-1,2,2026-03-20,,1000.00,"short delivery:',
    'two pallets ""missing"""',
  ),
  'data/promises.csv': csv(
    'id,customerId,invoiceIds,madeOn,promisedDate,amount,currency,status',
    'PTP1,C1,INV-1,2026-03-25,2026-04-15,60000.00,CNY,kept',
    'PTP2,C2,,2026-04-20,2026-05-01,220.00,USD,',
  ),
  'data/credit-profiles.csv': csv(
    'customerId,currency,currentRatio,debtToAssets,outlook,courtDefaulter,onTimeRatio,signalCount,criticalSignals,annualCreditSales,netAssets',
    'C1,CNY,1.4,0.55,favourable,no,0.92,2,0,1200000.00,-5000.50',
  ),
  'data/history.csv': csv(
    'kind,date,customerId,channel,invoiceIds',
    'action,2026-04-01,C1,phone,INV-1',
    'acknowledgement,2026-04-02,C1,,INV-1',
    'deliveredDemand,2026-04-03,C2,,',
  ),
};

/** The same ledger as the JSON files of a `data` folder, in the core input shape. */
export const ledgerJson: Readonly<Record<string, string>> = {
  'data/customers.json': JSON.stringify([
    {
      id: 'C1',
      name: 'Hengda Trading',
      group: 'key-account',
      onboardedOn: '2020-03-01',
      tags: { region: 'East', salesperson: 'Li Wei' },
    },
    { id: 'C2', name: 'Acme, Inc.', tags: { region: 'West' } },
  ]),
  'data/invoices.json': JSON.stringify([
    {
      id: 'INV-1',
      customerId: 'C1',
      currency: 'CNY',
      issueDate: '2026-01-05',
      amount: '100000.00',
      reference: 'FP-001',
      instalments: [
        { dueDate: '2026-01-15', amount: '30000.00' },
        { dueDate: '2026-03-15', amount: '60000.00' },
        { dueDate: '2027-03-15', amount: '10000.00', role: 'final' },
      ],
    },
    {
      id: 'INV-2',
      customerId: 'C2',
      currency: 'USD',
      issueDate: '2026-03-05',
      dueDate: '2026-04-04',
      amount: 500,
    },
  ]),
  'data/payments.json': JSON.stringify([
    {
      id: 'P1',
      customerId: 'C1',
      currency: 'CNY',
      date: '2026-01-20',
      amount: '35000.00',
      reference: 'BANK-7',
      applications: [
        { invoiceId: 'INV-1', instalment: 1, amount: '30000.00' },
        { invoiceId: 'INV-1', amount: '5000.00' },
      ],
    },
    { id: 'P2', customerId: 'C2', currency: 'USD', date: '2026-04-10', amount: '200.00' },
  ]),
  'data/credit-notes.json': JSON.stringify([
    {
      id: 'CN1',
      customerId: 'C2',
      currency: 'USD',
      date: '2026-04-12',
      amount: '80.00',
      reason: 'damaged in transit, returned',
    },
  ]),
  'data/credit-note-applications.json': JSON.stringify([
    { creditNoteId: 'CN1', invoiceId: 'INV-2', amount: '80.00' },
  ]),
  'data/disputes.json': JSON.stringify([
    {
      id: 'D1',
      customerId: 'C1',
      invoiceId: 'INV-1',
      instalment: 2,
      openedOn: '2026-03-20',
      amount: '1000.00',
      reason: 'short delivery:\ntwo pallets "missing"',
    },
  ]),
  'data/promises.json': JSON.stringify([
    {
      id: 'PTP1',
      customerId: 'C1',
      invoiceIds: ['INV-1'],
      madeOn: '2026-03-25',
      promisedDate: '2026-04-15',
      amount: '60000.00',
      currency: 'CNY',
      status: 'kept',
    },
    {
      id: 'PTP2',
      customerId: 'C2',
      madeOn: '2026-04-20',
      promisedDate: '2026-05-01',
      amount: '220.00',
      currency: 'USD',
    },
  ]),
  'data/credit-profiles.json': JSON.stringify([
    {
      customerId: 'C1',
      currency: 'CNY',
      currentRatio: 1.4,
      debtToAssets: 0.55,
      outlook: 'favourable',
      courtDefaulter: false,
      onTimeRatio: 0.92,
      signalCount: 2,
      criticalSignals: 0,
      annualCreditSales: '1200000.00',
      netAssets: '-5000.50',
    },
  ]),
  'data/history.json': JSON.stringify([
    { kind: 'action', date: '2026-04-01', customerId: 'C1', channel: 'phone', invoiceIds: ['INV-1'] },
    { kind: 'acknowledgement', date: '2026-04-02', customerId: 'C1', invoiceIds: ['INV-1'] },
    { kind: 'deliveredDemand', date: '2026-04-03', customerId: 'C2' },
  ]),
};
