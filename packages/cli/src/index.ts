export type { AssessCustomersOptions } from './analysis/assessCustomers.ts';
export { assessCustomers } from './analysis/assessCustomers.ts';
export type { BuildWorklistOptions } from './analysis/buildWorklist.ts';
export { buildWorklist } from './analysis/buildWorklist.ts';
export type { CustomerAssessment } from './analysis/CustomerAssessment.ts';
export type { CustomerFactName, CustomerFacts } from './analysis/CustomerFacts.ts';
export type { CustomerLimit } from './analysis/CustomerLimit.ts';
export type { CustomerScore } from './analysis/CustomerScore.ts';
export type { CustomerSituation } from './analysis/CustomerSituation.ts';
export type { DescribeCustomerSituationOptions } from './analysis/describeCustomerSituation.ts';
export { describeCustomerSituation } from './analysis/describeCustomerSituation.ts';
export type { FactSource } from './analysis/FactSource.ts';
export type { GradeDistributionRow } from './analysis/GradeDistributionRow.ts';
export type { GradeDistributionOptions } from './analysis/gradeDistribution.ts';
export { gradeDistribution } from './analysis/gradeDistribution.ts';
export type { CurrencyKpiInputs, KpiInputsOptions, MonthlySales } from './analysis/kpiInputs.ts';
export { kpiInputs } from './analysis/kpiInputs.ts';
export type { PlanCustomerRemindersOptions } from './analysis/planCustomerReminders.ts';
export { planCustomerReminders } from './analysis/planCustomerReminders.ts';
export type { ExcuseReading } from './analysis/readExcuse.ts';
export { readExcuse } from './analysis/readExcuse.ts';
export { riskTiersByCustomer } from './analysis/riskTiersByCustomer.ts';
export type { ScriptSuggestion } from './analysis/ScriptSuggestion.ts';
export type { ScriptValues } from './analysis/ScriptValues.ts';
export type { ScriptSuggestions, SuggestScriptsOptions } from './analysis/suggestScripts.ts';
export { suggestScripts } from './analysis/suggestScripts.ts';
export type { UnconvertedAmounts } from './analysis/UnconvertedAmounts.ts';
export type { WorklistEntry } from './analysis/WorklistEntry.ts';
export { agingCommand } from './commands/aging/agingCommand.ts';
export type { EvaluateKpisOptions } from './commands/kpis/evaluateKpis.ts';
export { evaluateKpis } from './commands/kpis/evaluateKpis.ts';
export type { KpiFigure, KpiFigureId, KpiId, KpiUnit, KpiValue } from './commands/kpis/KpiValue.ts';
export type { KpiDefinition } from './commands/kpis/kpiDefinition.ts';
export { kpiDefinition } from './commands/kpis/kpiDefinition.ts';
export { kpisCommand } from './commands/kpis/kpisCommand.ts';
export { limitsCommand } from './commands/limits/limitsCommand.ts';
export { planCommand } from './commands/plan/planCommand.ts';
export { reportCommand } from './commands/report/reportCommand.ts';
export { scoreCommand } from './commands/score/scoreCommand.ts';
export { scriptsCommand } from './commands/scripts/scriptsCommand.ts';
export { validateCommand } from './commands/validate/validateCommand.ts';
export { worklistCommand } from './commands/worklist/worklistCommand.ts';
export type { CliInputs } from './input/CliInputs.ts';
export type { CreditProfile } from './input/CreditProfile.ts';
export type { CsvHeader } from './input/CsvHeader.ts';
export { formatInputProblem } from './input/formatInputProblem.ts';
export type { InputColumn, InputColumnType } from './input/InputColumn.ts';
export type { InputKind } from './input/InputKind.ts';
export type { InputProblem } from './input/InputProblem.ts';
export { inputColumns } from './input/inputColumns.ts';
export { loadCatalogFile } from './input/loadCatalogFile.ts';
export { loadCliInputs } from './input/loadCliInputs.ts';
export { loadPolicyFile } from './input/loadPolicyFile.ts';
export { loadScorecardFile } from './input/loadScorecardFile.ts';
export type { RowCells } from './input/RowCells.ts';
export type { RowContext } from './input/RowContext.ts';
export type { RowResult } from './input/RowResult.ts';
export { resolveCsvHeader } from './input/resolveCsvHeader.ts';
export { rowProblemsFromIssues } from './input/rowProblemsFromIssues.ts';
export type { CreditNoteApplicationRow } from './input/rows/CreditNoteApplicationRow.ts';
export { creditNoteApplicationFromRow } from './input/rows/creditNoteApplicationFromRow.ts';
export { creditNoteFromRow } from './input/rows/creditNoteFromRow.ts';
export { creditProfileFromRow } from './input/rows/creditProfileFromRow.ts';
export { customerFromRow } from './input/rows/customerFromRow.ts';
export { disputeFromRow } from './input/rows/disputeFromRow.ts';
export type { HistoryEntry } from './input/rows/HistoryEntry.ts';
export { historyEntryFromRow } from './input/rows/historyEntryFromRow.ts';
export type { InstalmentRow } from './input/rows/InstalmentRow.ts';
export { instalmentFromRow } from './input/rows/instalmentFromRow.ts';
export { invoiceFromRow } from './input/rows/invoiceFromRow.ts';
export type { PaymentApplicationRow } from './input/rows/PaymentApplicationRow.ts';
export { paymentApplicationFromRow } from './input/rows/paymentApplicationFromRow.ts';
export { paymentFromRow } from './input/rows/paymentFromRow.ts';
export { promiseFromRow } from './input/rows/promiseFromRow.ts';
export { summarizeSkipped } from './input/summarizeSkipped.ts';
export type { RenderOptions } from './output/RenderOptions.ts';
export { renderCommandResult } from './output/renderCommandResult.ts';
export { renderCsv } from './output/renderCsv.ts';
export { renderJson } from './output/renderJson.ts';
export { renderMarkdown } from './output/renderMarkdown.ts';
export type { RenderTablesOptions } from './output/renderTables.ts';
export { renderTables } from './output/renderTables.ts';
export { allCommands } from './program/allCommands.ts';
export type {
  CliCommand,
  CommandContext,
  CommandOption,
  CommandResult,
  OutputColumn,
  OutputTable,
} from './program/CliCommand.ts';
export type { CliDependencies } from './program/CliDependencies.ts';
export type { CliIo } from './program/CliIo.ts';
export type { CliLocale, CliOptions, OutputFormat } from './program/CliOptions.ts';
export type { ExitCode } from './program/exitCodes.ts';
export { exitCodes } from './program/exitCodes.ts';
export type { ParseCliOptionsOptions } from './program/parseCliOptions.ts';
export { parseCliOptions } from './program/parseCliOptions.ts';
export type { RawCliOptions } from './program/RawCliOptions.ts';
export { runCli } from './program/runCli.ts';
export { runCliWith } from './program/runCliWith.ts';
export type { BuildReportDataOptions } from './report/buildReportData.ts';
export { buildReportData } from './report/buildReportData.ts';
export type {
  ReportAging,
  ReportAgingBucket,
  ReportAgingLine,
  ReportAmount,
  ReportData,
  ReportFact,
  ReportGradeRow,
  ReportGrades,
  ReportKpi,
  ReportKpis,
  ReportLabel,
  ReportOverdueCustomer,
  ReportOverdueGroup,
  ReportPlan,
  ReportPlannedAction,
  ReportSectionText,
  ReportTopOverdue,
} from './report/ReportData.ts';
export { renderReport } from './report/renderReport.ts';
