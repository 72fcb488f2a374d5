import type { Decimal } from 'decimal.js';
import type { Application } from '../records/Application.ts';
import type { Invoice } from '../records/Invoice.ts';
import type { RecordPath } from './RecordPath.ts';
import { recordAmountText } from './recordAmountText.ts';
import { SuiteDecimal } from './SuiteDecimal.ts';

interface RunningTotal {
  total: Decimal;
  reported: boolean;
}

/** Adds one application that passed every other check, reporting when it tips a total over. @internal */
export type PortfolioApply = (invoice: Invoice, application: Application, path: RecordPath) => void;

/** Where the whole invoice's total is kept among its instalments' totals (which start at 1). */
const WHOLE_INVOICE = 0;

/**
 * Running totals of what payments and credit notes apply to each invoice and each instalment, in
 * document order. The application that first takes a total above the invoice's (or the instalment's)
 * amount gets one `over_applied` issue; later ones to the same target do not repeat it.
 *
 * @internal
 */
export function portfolioAppliedTotals(
  report: (code: string, message: string, input: unknown, path: RecordPath) => void,
): PortfolioApply {
  const totalsByInvoice = new Map<Invoice, Map<number, RunningTotal>>();
  return (invoice, application, path) => {
    let totals = totalsByInvoice.get(invoice);
    if (totals === undefined) {
      totals = new Map();
      totalsByInvoice.set(invoice, totals);
    }
    const add = (key: number, limit: Decimal, target: string): void => {
      const running = totals.get(key) ?? { total: new SuiteDecimal(0), reported: false };
      totals.set(key, running);
      running.total = running.total.plus(application.amount);
      if (running.reported || running.total.lte(limit)) return;
      running.reported = true;
      const message = `payments and credit notes apply ${recordAmountText(running.total, invoice.currency)} to ${target}, more than its amount ${recordAmountText(limit, invoice.currency)}`;
      report('over_applied', message, application.amount.toString(), [...path, 'amount']);
    };
    const invoiceName = `invoice ${JSON.stringify(invoice.id)}`;
    const instalment =
      application.instalment === undefined ? undefined : invoice.instalments[application.instalment - 1];
    if (instalment !== undefined)
      add(instalment.index, instalment.amount, `instalment ${instalment.index} of ${invoiceName}`);
    add(WHOLE_INVOICE, invoice.amount, invoiceName);
  };
}
