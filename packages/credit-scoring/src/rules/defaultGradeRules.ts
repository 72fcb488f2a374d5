import { deepFreeze } from '@receivables/core';
import type { GradeRule } from './GradeRule.ts';

/**
 * The grade overrides of spec §1.2 as data, for scales with grades C and D (both presets):
 * - knock-outs to D: listed as a court defaulter (失信被执行人, `flags.courtDefaulter`), listed for
 *   irregular operation (经营异常, `flags.abnormalOperation`), licence revoked (吊销,
 *   `flags.licenceRevoked`), deregistered (注销, `flags.deregistered`);
 * - caps at C: a critical danger signal (`criticalSignals` above 0, spec §1.7), any invoice more than
 *   90 days past due (`maxDaysPastDue` above 90).
 *
 * A missing field never triggers a rule: leave a flag out only when it is known to be false.
 *
 * @example
 * ```ts
 * import { defaultGradeRules } from '@receivables/credit-scoring';
 *
 * console.log(defaultGradeRules.map((rule) => `${rule.id}→${rule.grade}`).join(' ')); // courtDefaulter→D abnormalOperation→D licenceRevoked→D deregistered→D criticalDangerSignal→C over90DaysPastDue→C
 * ```
 */
export const defaultGradeRules: readonly GradeRule[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'courtDefaulter',
    kind: 'knockOut',
    when: { field: 'flags.courtDefaulter', equals: true },
    grade: 'D',
    label: { en: 'Listed as a court defaulter', 'zh-CN': '列入失信被执行人名单' },
  },
  {
    id: 'abnormalOperation',
    kind: 'knockOut',
    when: { field: 'flags.abnormalOperation', equals: true },
    grade: 'D',
    label: { en: 'Listed for irregular operation', 'zh-CN': '列入经营异常名录' },
  },
  {
    id: 'licenceRevoked',
    kind: 'knockOut',
    when: { field: 'flags.licenceRevoked', equals: true },
    grade: 'D',
    label: { en: 'Business licence revoked', 'zh-CN': '营业执照被吊销' },
  },
  {
    id: 'deregistered',
    kind: 'knockOut',
    when: { field: 'flags.deregistered', equals: true },
    grade: 'D',
    label: { en: 'Company deregistered', 'zh-CN': '企业已注销' },
  },
  {
    id: 'criticalDangerSignal',
    kind: 'cap',
    when: { field: 'criticalSignals', greaterThan: 0 },
    grade: 'C',
    label: { en: 'A critical danger signal', 'zh-CN': '出现严重危险信号' },
  },
  {
    id: 'over90DaysPastDue',
    kind: 'cap',
    when: { field: 'maxDaysPastDue', greaterThan: 90 },
    grade: 'C',
    label: { en: 'An invoice more than 90 days past due', 'zh-CN': '有发票逾期超过90天' },
  },
]);
