import { type Portfolio, type PromiseToPay, toDayNumber } from '@receivables/core';
import type { Candidate } from './plannerCandidates.ts';
import type { PlannerDays } from './plannerDays.ts';

/** A promise to pay as the planner reads it. @internal */
export interface PromiseWindow {
  readonly promise: PromiseToPay;
  readonly madeDay: number;
  /** The last paused day: the promised date plus the grace days. */
  readonly untilDay: number;
  /** The invoices it covers; `undefined` for the customer's whole balance. */
  readonly invoiceIds: ReadonlySet<string> | undefined;
}

/** Pauses and broken promises. @internal */
export interface PlannerPromises {
  readonly byCustomer: ReadonlyMap<string, readonly PromiseWindow[]>;
  isPaused(customerId: string, invoiceId: string, day: number): boolean;
  /** How many broken promises cover the invoice on the day (asked only about owed instalments), one level each. */
  brokenCount(customerId: string, invoiceId: string, day: number): number;
  isBroken(window: PromiseWindow): boolean;
}

/**
 * Reads the portfolio's promises. A promise pauses the invoices it covers from the day it is made to its
 * promised date plus the grace days, whatever became of it. Unless marked `kept`, it counts as broken
 * after the grace ends for every covered instalment still owed then.
 *
 * @internal
 */
export function plannerPromises(portfolio: Portfolio, graceDays: number): PlannerPromises {
  const byCustomer = new Map<string, PromiseWindow[]>();
  for (const promise of portfolio.promises) {
    const window: PromiseWindow = {
      promise,
      madeDay: toDayNumber(promise.madeOn),
      untilDay: toDayNumber(promise.promisedDate) + graceDays,
      invoiceIds: promise.invoiceIds.length === 0 ? undefined : new Set(promise.invoiceIds),
    };
    const list = byCustomer.get(promise.customerId) ?? [];
    list.push(window);
    byCustomer.set(promise.customerId, list);
  }
  // An open promise past its grace is broken for whatever it covers that is still owed on the day
  // planned; the planner only asks about instalments it found open, so no extra aging run is needed.
  const isBroken = (window: PromiseWindow): boolean => window.promise.status !== 'kept';
  const windowsOf = (customerId: string): readonly PromiseWindow[] => byCustomer.get(customerId) ?? [];
  return {
    byCustomer,
    isBroken,
    isPaused: (customerId, invoiceId, day) =>
      windowsOf(customerId).some(
        (window) => covers(window, invoiceId) && day >= window.madeDay && day <= window.untilDay,
      ),
    brokenCount: (customerId, invoiceId, day) =>
      windowsOf(customerId).filter(
        (window) => covers(window, invoiceId) && day > window.untilDay && isBroken(window),
      ).length,
  };
}

/** @internal */
export function covers(window: PromiseWindow, invoiceId: string): boolean {
  return window.invoiceIds === undefined || window.invoiceIds.has(invoiceId);
}

function invoicesByCustomer(portfolio: Portfolio): Map<string, Portfolio['invoices'][number][]> {
  const map = new Map<string, Portfolio['invoices'][number][]>();
  for (const invoice of portfolio.invoices) {
    const list = map.get(invoice.customerId) ?? [];
    list.push(invoice);
    map.set(invoice.customerId, list);
  }
  return map;
}

/**
 * One candidate per instalment a broken promise covers, on the first working day after its grace ends.
 * Whether anything is still open then is for the ledger to say.
 *
 * @internal
 */
export function brokenPromiseCandidates(
  portfolio: Portfolio,
  promises: PlannerPromises,
  days: PlannerDays,
  from: number,
  to: number,
  out: Candidate[],
): void {
  const invoicesOf = invoicesByCustomer(portfolio);
  for (const [customerId, windows] of promises.byCustomer) {
    for (const window of windows) {
      const day = days.shift(window.untilDay + 1, 'forward');
      if (day < from || day > to || !promises.isBroken(window)) continue;
      const detail = `promise ${window.promise.id} to pay by ${window.promise.promisedDate} was broken`;
      for (const invoice of invoicesOf.get(customerId) ?? []) {
        if (!covers(window, invoice.id)) continue;
        for (const instalment of invoice.instalments) {
          const dueDay = toDayNumber(instalment.dueDate);
          out.push({ day, rule: 'brokenPromise', channel: undefined, invoice, instalment, dueDay, detail });
        }
      }
    }
  }
}
