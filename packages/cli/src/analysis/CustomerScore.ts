import type { ReceivablesErrorCode } from '@receivables/core';
import type { ScoreResult } from '@receivables/credit-scoring';

/**
 * How a customer's score was reached:
 * - `complete`: every factor of the scorecard had a value (or its own missing-value policy stood in);
 * - `partial`: some factors whose policy is `reject` had no value (typically a customer without a
 *   credit profile), so they were left out and the others re-weighted; `leftOut` names them;
 * - `unscored`: no score could be given; `code` and `message` say why.
 */
export type CustomerScore =
  | {
      readonly status: 'complete';
      readonly result: ScoreResult;
      readonly leftOut: readonly [];
    }
  | {
      readonly status: 'partial';
      readonly result: ScoreResult;
      /** The ids of the factors left out for lack of a value. */
      readonly leftOut: readonly string[];
    }
  | {
      readonly status: 'unscored';
      readonly code: ReceivablesErrorCode;
      readonly message: string;
    };
