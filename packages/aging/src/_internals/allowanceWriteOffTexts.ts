import { deepFreeze } from '@receivables/core';
import type {
  WriteOffNoteCode,
  WriteOffReasonCode,
  WriteOffReasonStatus,
  WriteOffText,
} from '../allowance/WriteOffAdvice.ts';

// Advice hands these objects out to every caller, so they are frozen.
const ACCOUNTING = '财税〔2009〕57号 art. 4';
const SMALL_ENTERPRISE = '小企业会计准则 art. 10';
const TAX_ANNOUNCEMENT = '国家税务总局公告2011年第25号';

/** The rule each ground comes from. @internal */
export const allowanceWriteOffRules: Readonly<Record<WriteOffReasonCode, string>> =
  /* @__PURE__ */ deepFreeze({
    debtor_bankrupt: `${ACCOUNTING}(1); ${SMALL_ENTERPRISE}(1)`,
    debtor_dissolved: `${ACCOUNTING}(1); ${SMALL_ENTERPRISE}(1)`,
    debtor_deregistered: `${ACCOUNTING}(1); ${SMALL_ENTERPRISE}(1)`,
    debtor_licence_revoked: `${ACCOUNTING}(1); ${SMALL_ENTERPRISE}(1)`,
    debtor_deceased: `${ACCOUNTING}(2); ${SMALL_ENTERPRISE}(2)`,
    debtor_missing: `${ACCOUNTING}(2); ${SMALL_ENTERPRISE}(2)`,
    overdue_over_3_years: `${ACCOUNTING}(3); ${SMALL_ENTERPRISE}(3)`,
    restructuring_unrecoverable: `${ACCOUNTING}(4); ${SMALL_ENTERPRISE}(4)`,
    force_majeure: `${ACCOUNTING}(5); ${SMALL_ENTERPRISE}(5)`,
    tax_statutory_ground: `${ACCOUNTING}; ${TAX_ANNOUNCEMENT} art. 22`,
    tax_overdue_over_3_years: `${TAX_ANNOUNCEMENT} art. 23`,
    tax_small_amount: `${TAX_ANNOUNCEMENT} art. 24`,
  });

/** Each ground in words. @internal */
export const allowanceWriteOffReasonTexts: Readonly<Record<WriteOffReasonCode, WriteOffText>> =
  /* @__PURE__ */ deepFreeze({
    debtor_bankrupt: {
      en: 'The debtor was declared bankrupt and its liquidation assets cannot cover the debt.',
      'zh-CN': '债务人依法宣告破产，其清算财产不足清偿。',
    },
    debtor_dissolved: {
      en: 'The debtor was dissolved and its liquidation assets cannot cover the debt.',
      'zh-CN': '债务人解散，其清算财产不足清偿。',
    },
    debtor_deregistered: {
      en: 'The debtor was deregistered and its liquidation assets cannot cover the debt.',
      'zh-CN': '债务人被依法注销，其清算财产不足清偿。',
    },
    debtor_licence_revoked: {
      en: "The debtor's business licence was revoked and its liquidation assets cannot cover the debt.",
      'zh-CN': '债务人被吊销营业执照，其清算财产不足清偿。',
    },
    debtor_deceased: {
      en: 'The debtor died or was declared dead and the estate cannot cover the debt.',
      'zh-CN': '债务人死亡或被依法宣告死亡，其财产或遗产不足清偿。',
    },
    debtor_missing: {
      en: 'The debtor was declared missing and its assets cannot cover the debt.',
      'zh-CN': '债务人被依法宣告失踪，其财产不足清偿。',
    },
    overdue_over_3_years: {
      en: 'The debt is 3 years or more overdue and there is firm evidence that the debtor cannot pay.',
      'zh-CN': '债务人逾期3年以上未清偿，且有确凿证据证明已无力清偿债务。',
    },
    restructuring_unrecoverable: {
      en: 'The amount cannot be recovered after a debt restructuring agreement or a court-approved reorganisation plan.',
      'zh-CN': '与债务人达成债务重组协议或法院批准破产重整计划后，无法追偿。',
    },
    force_majeure: {
      en: 'The amount cannot be collected because of force majeure, such as a natural disaster or war.',
      'zh-CN': '因自然灾害、战争等不可抗力导致无法收回。',
    },
    tax_statutory_ground: {
      en: 'A bad-debt loss meeting a condition of 财税〔2009〕57号 art. 4 is deductible when written off in the books, with the evidence listed in 公告2011年第25号 art. 22.',
      'zh-CN':
        '符合财税〔2009〕57号第四条条件的坏账损失，会计上作损失处理后可税前扣除，证据材料见国家税务总局公告2011年第25号第二十二条。',
    },
    tax_overdue_over_3_years: {
      en: 'A receivable 3 years or more overdue and written off in the books is deductible as a bad-debt loss; explain the case and prepare a special report.',
      'zh-CN':
        '逾期三年以上的应收款项在会计上已作为损失处理的，可以作为坏账损失，但应说明情况，并出具专项报告。',
    },
    tax_small_amount: {
      en: 'A receivable 1 year or more overdue, of at most ¥50,000 or 0.01 % of the annual revenue, and written off in the books is deductible as a bad-debt loss; explain the case and prepare a special report.',
      'zh-CN':
        '逾期一年以上，单笔数额不超过五万或者不超过企业年度收入总额万分之一的应收款项，会计上已经作为损失处理的，可以作为坏账损失，但应说明情况，并出具专项报告。',
    },
  });

/** What a ground still needs when its status is `evidenceNeeded`, by the evidence it lacks. @internal */
export const allowanceWriteOffEvidenceSteps: Readonly<
  Record<'insufficientAssets' | 'cannotPay', WriteOffText>
> = /* @__PURE__ */ deepFreeze({
  insufficientAssets: {
    en: "Obtain evidence that the debtor's assets or estate cannot cover the debt, such as the liquidation report or the court's ruling.",
    'zh-CN': '取得债务人清算财产或遗产不足清偿的证据，如清算报告、法院裁定。',
  },
  cannotPay: {
    en: "Obtain firm evidence that the debtor cannot pay, such as a court's order ending enforcement.",
    'zh-CN': '取得债务人已无力清偿的确凿证据，如法院终结执行裁定。',
  },
});

/** What a ground still needs, for the statuses whose next step does not depend on the ground. @internal */
export const allowanceWriteOffStatusSteps: Readonly<
  Record<Exclude<WriteOffReasonStatus, 'met' | 'evidenceNeeded'>, WriteOffText>
> = /* @__PURE__ */ deepFreeze({
  bookWriteOffNeeded: {
    en: 'Deductible once written off in the books (会计上已作损失处理).',
    'zh-CN': '会计上作损失处理后方可税前扣除。',
  },
  notYetDue: {
    en: 'The item is not yet due and the debtor is active: reassess after the due date.',
    'zh-CN': '款项尚未到期且债务人正常经营：到期后再评估。',
  },
});

/** The notes in words. @internal */
export const allowanceWriteOffNoteTexts: Readonly<Record<WriteOffNoteCode, WriteOffText>> =
  /* @__PURE__ */ deepFreeze({
    advice_only: {
      en: 'This is advice, not an entry: nothing has been written off. A write-off needs approval and is booked Dr 坏账准备 / Cr 应收账款.',
      'zh-CN': '本结果仅为建议，未做任何核销；核销须经审批，分录为借：坏账准备，贷：应收账款。',
    },
    claim_kept: {
      en: 'Written off, claim kept (账销案存): a write-off does not waive the claim. Keep pursuing the debtor and keep tracking the limitation period.',
      'zh-CN': '账销案存：核销不等于放弃债权，应继续追索并跟踪诉讼时效。',
    },
    evidence_on_file: {
      en: 'Keep the evidence of the loss on file for the tax authority (国家税务总局公告2018年第15号).',
      'zh-CN': '资产损失相关证据资料由企业留存备查（国家税务总局公告2018年第15号）。',
    },
    small_amount_needs_cny: {
      en: 'The ¥50,000 limit of the small-amount rule applies to the amount in CNY; this item is in another currency, so assess its CNY amount.',
      'zh-CN': '小额坏账的五万元标准按人民币金额判断；本笔为外币，请按折算后的人民币金额评估。',
    },
    annual_revenue_unknown: {
      en: 'The annual revenue was not given, so the limit of 0.01 % of annual revenue in the small-amount rule was not tested.',
      'zh-CN': '未提供年度收入总额，未测试"不超过年度收入总额万分之一"的标准。',
    },
  });
