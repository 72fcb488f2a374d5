import type { DangerSignal } from './DangerSignal.ts';
import type { DangerSignalId } from './DangerSignalId.ts';

type BuiltIn = DangerSignal & { readonly id: DangerSignalId };

const signal = (number: number, id: DangerSignalId, critical: boolean, en: string, zh: string): BuiltIn =>
  Object.freeze({ id, number, critical, label: Object.freeze({ en, 'zh-CN': zh }) });

/**
 * The fifteen danger signals of a bad customer (识别不良客户的15个危险信号, spec §1.7), in the source's
 * order; numbers 4, 5, 11 and 13 are critical (★). Pass your own list to `countDangerSignals` to add
 * signals (some lists add 16, a regional disaster) or to change which are critical.
 *
 * @example
 * ```ts
 * import { dangerSignals } from '@receivables/credit-scoring';
 *
 * console.log(dangerSignals.length, dangerSignals.filter((signal) => signal.critical).map((signal) => signal.number)); // 15 [4,5,11,13]
 * console.log(dangerSignals[10]?.id, dangerSignals[10]?.label['zh-CN']); // chequeBounced 支票因存款不足被退票
 * ```
 */
export const dangerSignals: readonly BuiltIn[] = /* @__PURE__ */ Object.freeze([
  signal(1, 'hugeOrderFromNewCompany', false, 'Huge order from a new company', '新成立的公司下巨额订单'),
  signal(
    2,
    'newOwnerAsksExtraCredit',
    false,
    'New owner asks for unusual extra credit',
    '新老板要求异常的额外信用',
  ),
  signal(3, 'payingSlowerThanBefore', false, 'Pays clearly slower than 3 months ago', '付款明显比3个月前慢'),
  signal(
    4,
    'brokenPromisesTwiceInARow',
    true,
    'Broke a payment promise twice in a row',
    '连续两次违背付款承诺',
  ),
  signal(
    5,
    'contactUnreachable',
    true,
    'Person in charge unreachable; messages ignored',
    '负责人联系不上，留言不回',
  ),
  signal(6, 'demandLettersUnanswered', false, 'Demand letters unanswered', '催款函没有回音'),
  signal(
    7,
    'suddenLeadershipChange',
    false,
    'Sudden change of shareholders or leaders',
    '股东或领导层突然变动',
  ),
  signal(8, 'movedWithoutNotice', false, 'Moved without notice', '搬迁而未通知'),
  signal(9, 'sellingPricesSlashed', false, 'Own selling prices slashed', '自身产品大幅降价抛售'),
  signal(10, 'abnormallyLargeOrder', false, 'Sudden abnormally large order', '突然下异常大额订单'),
  signal(11, 'chequeBounced', true, 'Cheque refused for insufficient funds', '支票因存款不足被退票'),
  signal(12, 'frequentBankAccountChanges', false, 'Frequent bank-account changes', '频繁变更银行账户'),
  signal(13, 'suedBySuppliers', true, 'Sued by other suppliers for arrears', '被其他供应商起诉追讨欠款'),
  signal(14, 'keyCustomerBankrupt', false, 'Its key customer went bankrupt', '其主要客户破产'),
  signal(
    15,
    'overExpansion',
    false,
    'Over-fast expansion amid intensifying competition',
    '竞争加剧时扩张过快',
  ),
]);
