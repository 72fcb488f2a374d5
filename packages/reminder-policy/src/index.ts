export type {
  PlannedAction,
  PlannedInstalment,
  ReminderRule,
  ReminderStage,
} from './planner/PlannedAction.ts';
export type { PlanRemindersOptions } from './planner/planReminders.ts';
export { planReminders } from './planner/planReminders.ts';
export type { LimitationEvent, ReminderHistory, TakenAction } from './planner/ReminderHistory.ts';
export type { ChannelId } from './policy/ChannelId.ts';
export type { ChannelKind } from './policy/ChannelKind.ts';
export { defaultReminderPolicy } from './policy/defaultReminderPolicy.ts';
export { gentleReminderPolicy } from './policy/gentleReminderPolicy.ts';
export { parseReminderPolicy } from './policy/parseReminderPolicy.ts';
export type {
  Cadence,
  EscalationLevel,
  EscalationMeasure,
  IntervalCadence,
  LimitationRule,
  PreDueRule,
  ReminderPolicy,
  XunCadence,
} from './policy/ReminderPolicy.ts';
export type { ReminderPolicyOverride } from './policy/ReminderPolicyOverride.ts';
export { ReminderPolicySchema } from './policy/ReminderPolicySchema.ts';
export type { RoleId } from './policy/RoleId.ts';
export { reminderPolicyJsonSchema } from './policy/reminderPolicyJsonSchema.ts';
export type { PolicyLayers, PolicyTarget } from './policy/resolvePolicy.ts';
export { resolvePolicy } from './policy/resolvePolicy.ts';
export { strictReminderPolicy } from './policy/strictReminderPolicy.ts';
export type { WorklistLine } from './worklist/WorklistLine.ts';
export type { WorklistOptions } from './worklist/worklist.ts';
export { worklist } from './worklist/worklist.ts';
