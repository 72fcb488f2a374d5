/**
 * The small fixed word lists synthetic records draw from, shared by the arbitraries and the generator
 * so both produce the same kind of data.
 */

/** @internal Values of the `region` tag. */
export const REGIONS: readonly string[] = ['East', 'North', 'South', 'Southwest', 'Central'];

/** @internal Values of the `salesperson` tag. */
export const SALESPEOPLE: readonly string[] = [
  'Li Wei',
  'Wang Fang',
  'Zhang Min',
  'Liu Yang',
  'Chen Jing',
  'Zhao Lei',
  'Sun Li',
  'Zhou Tao',
];

/** @internal Customer groups, from the largest accounts to the smallest. */
export const CUSTOMER_GROUPS: readonly string[] = ['key-accounts', 'standard', 'small-business'];

/** @internal First word of a company name. */
export const COMPANY_PLACES: readonly string[] = [
  'Shanghai',
  'Hangzhou',
  'Suzhou',
  'Shenzhen',
  'Chengdu',
  'Wuhan',
  'Tianjin',
  'Xiamen',
  'Qingdao',
  'Nanjing',
  'Ningbo',
  'Dongguan',
];

/** @internal Middle word of a company name. */
export const COMPANY_MARKS: readonly string[] = [
  'Hengtai',
  'Huaxin',
  'Jinlong',
  'Everbright',
  'Zhongda',
  'Ruifeng',
  'Tianhe',
  'Xinyuan',
  'Baoli',
  'Haoyun',
];

/** @internal Last words of a company name. */
export const COMPANY_TRADES: readonly string[] = [
  'Machinery',
  'Electronics',
  'Logistics',
  'Textiles',
  'Foods',
  'Chemicals',
  'Software',
  'Construction',
  'Medical Devices',
  'Auto Parts',
];

/** @internal Why a customer disputes an invoice (the source's 十不 excuses that concern the goods). */
export const DISPUTE_REASONS: readonly string[] = [
  'quality complaint',
  'short delivery',
  'price disagreement',
  'missing acceptance documents',
  'service complaint',
];

/** @internal Why a credit note is issued. */
export const CREDIT_NOTE_REASONS: readonly string[] = ['price adjustment', 'returned goods', 'volume rebate'];

/** @internal The reason on a credit note that settles a dispute in the customer's favour. */
export const DISPUTE_SETTLEMENT_REASON = 'dispute settled';

/** @internal Every credit-note reason the generator writes, the dispute settlement last. */
export const GENERATED_CREDIT_REASONS: readonly string[] = [
  ...CREDIT_NOTE_REASONS,
  DISPUTE_SETTLEMENT_REASON,
];

/** @internal Writes a company name from one word of each list. */
export function companyName(place: string, mark: string, trade: string): string {
  return `${place} ${mark} ${trade} Co., Ltd.`;
}
