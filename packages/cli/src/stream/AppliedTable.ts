import { createIdIndexBuilder, type IdIndex } from './IdIndex.ts';

/** One (customer, currency) pair's applications to an invoice that several pairs name. @internal */
export interface OwnerShare {
  readonly owner: number;
  applied: number;
  claimed: number;
}

/**
 * What payments and credit notes apply to each invoice they name, by invoice id, in typed arrays that
 * worker threads share (bounded by the number of invoices named, not of invoices). Per entry:
 * - `owner`: the (customer, currency) pair of the records naming it, or {@link MIXED_OWNERS};
 * - `applied`: whole minor units applied by records dated by `asOf`, each application capped at what
 *   its record had left (as `computeOpenItems` does), naming the invoice or its instalment 1;
 * - `claimed`: the same applications at face value and from records of any date: what core's
 *   over-application check adds up;
 * - `flags`: bit 1 when an application names an instalment other than 1 (an invoice read in stream
 *   mode has one instalment, so that amount stays unapplied and the row is checked);
 * - `seen`: written by the invoice readers: 1 when a valid invoice row has the id, 2 when only an
 *   invalid one has it.
 *
 * @internal
 */
export interface AppliedTable {
  readonly ids: IdIndex;
  readonly owner: Int32Array;
  readonly applied: Float64Array;
  readonly claimed: Float64Array;
  readonly flags: Uint8Array;
  readonly seen: Uint8Array;
  /** For entries of {@link MIXED_OWNERS}: every pair's sums. */
  readonly mixed: ReadonlyMap<number, readonly OwnerShare[]>;
}

/** The `owner` of an invoice that records of several (customer, currency) pairs name. @internal */
export const MIXED_OWNERS = -2;

/** Flag: an application names an instalment other than 1. @internal */
export const NAMES_OTHER_INSTALMENT = 1;

/** Builds an {@link AppliedTable} application by application. @internal */
export interface AppliedTableBuilder {
  /**
   * Adds one application.
   * @param invoiceId - The invoice it names.
   * @param owner - Its record's (customer, currency) pair.
   * @param applied - What it applies by `asOf` (0 for a record dated later).
   * @param claimed - Its face value.
   * @param instalment - The instalment it names, if any.
   */
  readonly add: (
    invoiceId: string,
    owner: number,
    applied: number,
    claimed: number,
    instalment: number | undefined,
  ) => void;
  readonly finish: (shared: boolean) => AppliedTable;
}

/**
 * Starts an empty {@link AppliedTable}.
 *
 * @returns The builder.
 * @internal
 */
export function createAppliedTableBuilder(): AppliedTableBuilder {
  const ids = createIdIndexBuilder();
  const owner: number[] = [];
  const applied: number[] = [];
  const claimed: number[] = [];
  const flags: number[] = [];
  const mixed = new Map<number, OwnerShare[]>();
  return {
    add(invoiceId, pair, appliedMinor, claimedMinor, instalment) {
      const entry = ids.add(invoiceId);
      if (entry === owner.length) {
        owner.push(pair);
        applied.push(0);
        claimed.push(0);
        flags.push(0);
      }
      if (instalment !== undefined && instalment !== 1) {
        flags[entry]! |= NAMES_OTHER_INSTALMENT;
        return;
      }
      let shares = mixed.get(entry);
      if (shares === undefined && owner[entry] !== pair) {
        shares = [{ owner: owner[entry]!, applied: applied[entry]!, claimed: claimed[entry]! }];
        mixed.set(entry, shares);
        owner[entry] = MIXED_OWNERS;
      }
      if (shares === undefined) {
        applied[entry] = Math.min(applied[entry]! + appliedMinor, Number.MAX_SAFE_INTEGER);
        claimed[entry] = Math.min(claimed[entry]! + claimedMinor, Number.MAX_SAFE_INTEGER);
        return;
      }
      let share = shares.find((candidate) => candidate.owner === pair);
      if (share === undefined) {
        share = { owner: pair, applied: 0, claimed: 0 };
        shares.push(share);
      }
      share.applied = Math.min(share.applied + appliedMinor, Number.MAX_SAFE_INTEGER);
      share.claimed = Math.min(share.claimed + claimedMinor, Number.MAX_SAFE_INTEGER);
    },
    finish(shared) {
      const Buffer = shared ? SharedArrayBuffer : ArrayBuffer;
      const count = owner.length;
      const ownerArray = new Int32Array(new Buffer(count * 4));
      ownerArray.set(owner);
      const appliedArray = new Float64Array(new Buffer(count * 8));
      appliedArray.set(applied);
      const claimedArray = new Float64Array(new Buffer(count * 8));
      claimedArray.set(claimed);
      const flagArray = new Uint8Array(new Buffer(count));
      flagArray.set(flags);
      return {
        ids: ids.finish(shared),
        owner: ownerArray,
        applied: appliedArray,
        claimed: claimedArray,
        flags: flagArray,
        seen: new Uint8Array(new Buffer(count)),
        mixed,
      };
    },
  };
}
