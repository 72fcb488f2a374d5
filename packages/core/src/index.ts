export { describeValue } from './errors/describeValue.ts';
export { formatPath } from './errors/formatPath.ts';
export { isReceivablesError } from './errors/isReceivablesError.ts';
export type { ReceivablesErrorOptions } from './errors/ReceivablesError.ts';
export { ReceivablesError, receivablesErrorBrand } from './errors/ReceivablesError.ts';
export type { ReceivablesErrorCode } from './errors/ReceivablesErrorCode.ts';
export { throwValidationError } from './errors/throwValidationError.ts';
export { toValidationIssues } from './errors/toValidationIssues.ts';
export type { ValidationIssue } from './errors/ValidationIssue.ts';
