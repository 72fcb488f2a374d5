export type { AgedBalance } from './agedBalances/AgedBalance.ts';
export type { AgedBucketBalance } from './agedBalances/AgedBucketBalance.ts';
export type { AgingAccumulator } from './agedBalances/AgingAccumulator.ts';
export type { AgingBasis } from './agedBalances/AgingBasis.ts';
export type { AgingCell } from './agedBalances/AgingCell.ts';
export type { AgingReport } from './agedBalances/AgingReport.ts';
export { addOpenItem } from './agedBalances/addOpenItem.ts';
export { addOpenItems } from './agedBalances/addOpenItems.ts';
export { addUnappliedCredit } from './agedBalances/addUnappliedCredit.ts';
export type { AgeReceivablesOptions } from './agedBalances/ageReceivables.ts';
export { ageReceivables } from './agedBalances/ageReceivables.ts';
export type { AgingResultOptions } from './agedBalances/agingResult.ts';
export { agingResult } from './agedBalances/agingResult.ts';
export type { CustomerAgedBalance } from './agedBalances/CustomerAgedBalance.ts';
export type { AgingAccumulatorOptions } from './agedBalances/createAgingAccumulator.ts';
export { createAgingAccumulator } from './agedBalances/createAgingAccumulator.ts';
export type { DisputedTreatment } from './agedBalances/DisputedTreatment.ts';
export type { GroupAgedBalance } from './agedBalances/GroupAgedBalance.ts';
export { mergeAgingAccumulators } from './agedBalances/mergeAgingAccumulators.ts';
export type { ReportingAgedBalances } from './agedBalances/ReportingAgedBalances.ts';
export type { AllowanceBalance } from './allowance/AllowanceBalance.ts';
export type { AllowanceMovementResult } from './allowance/AllowanceMovementResult.ts';
export type { AllowanceRateMatrix } from './allowance/AllowanceRateMatrix.ts';
export { AllowanceRateMatrixSchema } from './allowance/AllowanceRateMatrixSchema.ts';
export type { AllowanceMovementOptions } from './allowance/allowanceMovement.ts';
export { allowanceMovement } from './allowance/allowanceMovement.ts';
export { allowanceRateMatrixJsonSchema } from './allowance/allowanceRateMatrixJsonSchema.ts';
export { assessWriteOffEligibility } from './allowance/assessWriteOffEligibility.ts';
export { chineseAgingMethodRates } from './allowance/chineseAgingMethodRates.ts';
export { createAllowanceRateMatrix } from './allowance/createAllowanceRateMatrix.ts';
export type { ForwardLookingAdjustment } from './allowance/ForwardLookingAdjustment.ts';
export type { IndividualAssessment } from './allowance/IndividualAssessment.ts';
export type { MonthEndAging, MonthlyWriteOff } from './allowance/MonthEndAging.ts';
export type {
  RequiredAllowanceBucket,
  RequiredAllowanceIndividual,
  RequiredAllowanceResult,
  RequiredAllowanceTotals,
} from './allowance/RequiredAllowanceResult.ts';
export type {
  RollRateBucket,
  RollRateObservation,
  RollRateProvisionMatrixResult,
} from './allowance/RollRateProvisionMatrixResult.ts';
export type { RequiredAllowanceOptions } from './allowance/requiredAllowance.ts';
export { requiredAllowance } from './allowance/requiredAllowance.ts';
export type { RollRateProvisionMatrixOptions } from './allowance/rollRateProvisionMatrix.ts';
export { rollRateProvisionMatrix } from './allowance/rollRateProvisionMatrix.ts';
export type {
  WriteOffAdvice,
  WriteOffNote,
  WriteOffNoteCode,
  WriteOffReason,
  WriteOffReasonCode,
  WriteOffReasonStatus,
  WriteOffText,
} from './allowance/WriteOffAdvice.ts';
export type { WriteOffCandidate, WriteOffEvidence } from './allowance/WriteOffCandidate.ts';
export type { DebtorStatus, WriteOffContext } from './allowance/WriteOffContext.ts';
export type { Bucket, BucketLabel, BucketScheme, BucketUnit } from './buckets/BucketScheme.ts';
export { BucketSchemeSchema } from './buckets/BucketSchemeSchema.ts';
export { bucketSchemeJsonSchema } from './buckets/bucketSchemeJsonSchema.ts';
export { chineseAnnualBuckets } from './buckets/chineseAnnualBuckets.ts';
export { createBucketScheme } from './buckets/createBucketScheme.ts';
export { findBucketIndex } from './buckets/findBucketIndex.ts';
export { managementBuckets } from './buckets/managementBuckets.ts';
export { thirtyDayBuckets } from './buckets/thirtyDayBuckets.ts';
export type { AverageDaysDelinquentInput } from './kpis/averageDaysDelinquent.ts';
export { averageDaysDelinquent } from './kpis/averageDaysDelinquent.ts';
export type { BadDebtRateInput } from './kpis/badDebtRate.ts';
export { badDebtRate } from './kpis/badDebtRate.ts';
export type { BestPossibleDsoInput } from './kpis/bestPossibleDso.ts';
export { bestPossibleDso } from './kpis/bestPossibleDso.ts';
export type { CountBackDsoResult } from './kpis/CountBackDsoResult.ts';
export type { CollectionEffectivenessIndexInput } from './kpis/collectionEffectivenessIndex.ts';
export { collectionEffectivenessIndex } from './kpis/collectionEffectivenessIndex.ts';
export type { CollectionRateInput } from './kpis/collectionRate.ts';
export { collectionRate } from './kpis/collectionRate.ts';
export type { CountBackDsoInput } from './kpis/countBackDso.ts';
export { countBackDso } from './kpis/countBackDso.ts';
export type { DayCount } from './kpis/DayCount.ts';
export type { LongOverdueShareInput } from './kpis/longOverdueShare.ts';
export { longOverdueShare } from './kpis/longOverdueShare.ts';
export type { OverdueRateInput } from './kpis/overdueRate.ts';
export { overdueRate } from './kpis/overdueRate.ts';
export type { ReceivablesTurnoverInput } from './kpis/receivablesTurnover.ts';
export { receivablesTurnover } from './kpis/receivablesTurnover.ts';
export type { SalesMonth } from './kpis/SalesMonth.ts';
export type { StandardDsoInput } from './kpis/standardDso.ts';
export { standardDso } from './kpis/standardDso.ts';
export type { TurnoverDsoInput } from './kpis/turnoverDso.ts';
export { turnoverDso } from './kpis/turnoverDso.ts';
export type { ChinaSalesContractInterestOptions } from './lateCharges/chinaSalesContractInterest.ts';
export { chinaSalesContractInterest } from './lateCharges/chinaSalesContractInterest.ts';
export { chinaSmePaymentInterest } from './lateCharges/chinaSmePaymentInterest.ts';
export { euFixedCompensation } from './lateCharges/euFixedCompensation.ts';
export type { EuLatePaymentInterestOptions } from './lateCharges/euLatePaymentInterest.ts';
export { euLatePaymentInterest } from './lateCharges/euLatePaymentInterest.ts';
export type { InterestDayCount } from './lateCharges/InterestDayCount.ts';
export type {
  AnnualInterestRate,
  DailyInterestRate,
  InterestRate,
  ReferenceInterestRate,
} from './lateCharges/InterestRate.ts';
export { InterestRateSchema } from './lateCharges/InterestRateSchema.ts';
export type {
  AnnualInterestSegment,
  DailyInterestSegment,
  InterestSegment,
  SegmentReference,
} from './lateCharges/InterestSegment.ts';
export { interestRateJsonSchema } from './lateCharges/interestRateJsonSchema.ts';
export type {
  LateChargeWarning,
  PenaltyMayBeExcessiveWarning,
  RateAboveFourTimesLprWarning,
  SmeRateBelowLprWarning,
} from './lateCharges/LateChargeWarning.ts';
export type { LateInterestStatement } from './lateCharges/LateInterestStatement.ts';
export type { LateInterestOptions } from './lateCharges/lateInterest.ts';
export { lateInterest } from './lateCharges/lateInterest.ts';
export type { PrincipalPayment } from './lateCharges/PrincipalPayment.ts';
export { parseInterestRate } from './lateCharges/parseInterestRate.ts';
export { parseReferenceRateTable } from './lateCharges/parseReferenceRateTable.ts';
export type { ReferenceRateFixing } from './lateCharges/ReferenceRateFixing.ts';
export type { ReferenceRateEntry, ReferenceRateTable } from './lateCharges/ReferenceRateTable.ts';
export { ReferenceRateTableSchema } from './lateCharges/ReferenceRateTableSchema.ts';
export { referenceRateTableJsonSchema } from './lateCharges/referenceRateTableJsonSchema.ts';
export { ukFixedCompensation } from './lateCharges/ukFixedCompensation.ts';
export type { UkLatePaymentInterestOptions } from './lateCharges/ukLatePaymentInterest.ts';
export { ukLatePaymentInterest } from './lateCharges/ukLatePaymentInterest.ts';
export type { AllocationStrategy } from './openItems/AllocationStrategy.ts';
export type { ComputeOpenItemsOptions } from './openItems/computeOpenItems.ts';
export { computeOpenItems } from './openItems/computeOpenItems.ts';
export type { OpenItem } from './openItems/OpenItem.ts';
export type { OpenItems } from './openItems/OpenItems.ts';
export type { OpenItemsTotals } from './openItems/OpenItemsTotals.ts';
export type { UnappliedCredit } from './openItems/UnappliedCredit.ts';
