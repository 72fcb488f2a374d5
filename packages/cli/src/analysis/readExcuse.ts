import type {
  CauseKind,
  CommonExcuseId,
  PowerSituation,
  ScenarioId,
  ScriptCatalog,
} from '@receivables/script-catalog';
import { defaultScriptCatalog } from '@receivables/script-catalog/default';

/** What an excuse on record (a dispute's reason) means for the script recommender. */
export interface ExcuseReading {
  /** The excuse as recorded. */
  readonly text: string;
  /** The excuse scenario (spec 4.2) it reads as; `null` when the text matches none. */
  readonly scenario: ScenarioId | null;
  /** The common excuse it was recognised as, when it was. */
  readonly excuse?: CommonExcuseId;
  /** The power situation a common excuse implies (`noMoney` is willing but unable). */
  readonly power?: PowerSituation;
  /** The cause a common excuse implies (`newBoss` is a new change). */
  readonly cause?: CauseKind;
  /** How it was read: `id` (a scenario id, slug or common-excuse id), `keyword` (a word of the table below), or `none`. */
  readonly matchedBy: 'id' | 'keyword' | 'none';
}

/**
 * Words that name an excuse scenario, English and Chinese, tried in this order (documents before
 * delivery, so "missing acceptance documents" is a paperwork excuse). Our reading of spec 4.2 [P].
 */
const KEYWORDS: readonly (readonly [ScenarioId, readonly string[]])[] = [
  ['E10', ['invoice', 'document', 'paperwork', 'mistake', '发票', '单据', '资料', '文件', '开错']],
  [
    'E1',
    [
      'quality',
      'defect',
      'short delivery',
      'delivery',
      'statement',
      'mismatch',
      '质量',
      '缺陷',
      '少发',
      '交付',
      '对账',
    ],
  ],
  ['E2', ['service', 'support', 'installation', '服务', '安装', '售后']],
  ['E3', ['price', 'discount', 'too expensive', '价格', '折扣', '降价']],
  ['E4', ['boss', 'leader', 'management', 'director', '领导', '老板']],
  ['E5', ['finance away', 'accountant', 'finance', '财务']],
  ['E6', ['approval', 'process', 'payment run', 'workflow', '审批', '流程', '付款日']],
  ['E7', ['relax', "don't rush", 'do not rush', 'our customer', 'back-to-back', '不急', '背靠背']],
  ['E8', ['trust', '不信', '信任']],
  ['E9', ['stop ordering', 'stop doing business', 'switch supplier', 'threat', '不合作', '换供应商']],
];

/**
 * Reads an excuse on record (a dispute's reason, or a value given on the command line) as one of the
 * ten excuse scenarios "十不" (spec 4.2): a scenario id (`E5`), its slug (`financeAway`) or a common
 * excuse id (`approvalPending`, mapped through the catalog's table) is taken as it is; other text is
 * matched case-insensitively against a table of English and Chinese words (quality → E1, service →
 * E2, price → E3, boss → E4, finance → E5, approval → E6, invoice or documents → E10, …). Text that
 * matches nothing keeps `scenario: null`: the recommender then works without an excuse.
 *
 * @param text - The excuse as recorded.
 * @param catalog - The catalog whose scenarios and common excuses are known. @defaultValue the default catalog
 * @returns The reading, with how it was made.
 *
 * @example
 * ```ts
 * import { readExcuse } from '@receivables/cli';
 *
 * console.log(readExcuse('quality complaint').scenario, readExcuse('财务不在').scenario); // E1 E5
 * console.log(readExcuse('approvalPending').scenario, readExcuse('noMoney').power); // E6 willingButUnable
 * console.log(readExcuse('weather').scenario, readExcuse('weather').matchedBy); // null none
 * ```
 */
export function readExcuse(text: string, catalog: ScriptCatalog = defaultScriptCatalog): ExcuseReading {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  const scenario = catalog.scenarios.find(
    (entry) => entry.id.toLowerCase() === lower || entry.slug.toLowerCase() === lower,
  );
  if (scenario !== undefined) return { text, scenario: scenario.id, matchedBy: 'id' };
  const excuse = catalog.excuses.find((entry) => entry.id.toLowerCase() === lower);
  if (excuse !== undefined) {
    return {
      text,
      scenario: excuse.scenarios[0] ?? null,
      excuse: excuse.id,
      ...(excuse.power === undefined ? {} : { power: excuse.power }),
      ...(excuse.cause === undefined ? {} : { cause: excuse.cause }),
      matchedBy: 'id',
    };
  }
  for (const [id, words] of KEYWORDS) {
    if (words.some((word) => lower.includes(word))) return { text, scenario: id, matchedBy: 'keyword' };
  }
  return { text, scenario: null, matchedBy: 'none' };
}
