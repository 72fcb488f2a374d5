import { deepFreeze } from '@receivables/core';
import type { LintRule } from './LintRule.ts';

/**
 * The suite's lint rules (spec 3.2, 4.1, 4.6; the word lists are ours [P]): threats of criminal action,
 * intimidation, public shaming, gifts or personal benefits to the debtor's staff (commercial bribery),
 * contact at night (quiet hours are 22:00–08:00), insults and harassment, plus legal-action wording
 * before the late-overdue stage. Extend the list with your own rules: `[...defaultLintRules, mine]`.
 *
 * @example
 * ```ts
 * import { defaultLintRules } from '@receivables/script-catalog';
 *
 * console.log(defaultLintRules.map((rule) => rule.id).join(', ')); // criminalThreat, intimidation, publicShaming, personalBenefit, nightContact, insult, harassment, legalActionTooEarly
 * ```
 */
export const defaultLintRules: readonly LintRule[] = deepFreeze([
  {
    id: 'criminalThreat',
    category: 'criminalThreat',
    severity: 'error',
    message: {
      en: 'Threatens criminal action or the police. A debt is a civil matter: never threaten jail or arrest.',
      'zh-CN': '以刑事追究或报警相威胁。欠款属于民事纠纷，不得以坐牢、抓人等相威胁。',
    },
    match: {
      en: {
        keywords: [
          'jail',
          'prison',
          'arrest',
          'arrested',
          'criminal charge',
          'criminal charges',
          'criminal complaint',
          'criminal proceedings',
          'press charges',
          'police',
        ],
      },
      'zh-CN': {
        keywords: [
          '坐牢',
          '判刑',
          '报警',
          '抓人',
          '抓你',
          '拘留',
          '刑事责任',
          '追究刑事',
          '刑事立案',
          '监狱',
          '诈骗罪',
          '公安',
        ],
      },
    },
  },
  {
    id: 'intimidation',
    category: 'intimidation',
    severity: 'error',
    message: {
      en: 'Sounds like intimidation. State facts and next steps calmly instead.',
      'zh-CN': '措辞带有恐吓意味。请平和地陈述事实和下一步安排。',
    },
    match: {
      en: {
        keywords: [
          'or else',
          "you'll regret",
          'you will regret',
          'we know where you live',
          'watch your back',
          "you'll be sorry",
        ],
      },
      'zh-CN': {
        keywords: [
          '后果自负',
          '走着瞧',
          '给你点颜色',
          '找人收拾',
          '上门堵',
          '堵你',
          '让你好看',
          '别怪我不客气',
        ],
      },
    },
  },
  {
    id: 'publicShaming',
    category: 'publicShaming',
    severity: 'error',
    message: {
      en: 'Threatens to shame the debtor in public or to involve family or neighbours. Never do this.',
      'zh-CN': '以公开曝光或联系家人、邻居相要挟。绝对不可以这样做。',
    },
    match: {
      en: {
        keywords: [
          'post your name',
          'name and shame',
          'publish your name',
          'tell your family',
          'contact your family',
          'your neighbours',
          'your neighbors',
          'on social media',
          'expose you',
          'list of debtors',
        ],
      },
      'zh-CN': {
        keywords: [
          '曝光',
          '挂网',
          '挂到网上',
          '发朋友圈',
          '公开你的',
          '让大家都知道',
          '通知你的亲友',
          '联系你的家人',
          '告诉你家人',
          '大字报',
        ],
      },
    },
  },
  {
    id: 'personalBenefit',
    category: 'personalBenefit',
    severity: 'error',
    message: {
      en: 'Offers a gift or personal benefit to the customer’s staff, which can be commercial bribery. Thank people with words; keep any concession between the companies.',
      'zh-CN': '向对方员工提供礼品或个人好处，可能构成商业贿赂。感谢请用言语表达，让步只能在公司之间进行。',
    },
    match: {
      en: {
        keywords: [
          'for you personally',
          'kickback',
          'personal benefit',
          'a little something for you',
          'cash for you',
          'commission for you',
          'gift card',
          'gift for you',
        ],
      },
      'zh-CN': {
        keywords: [
          '回扣',
          '红包',
          '好处费',
          '感谢费',
          '辛苦费',
          '私下给你',
          '个人好处',
          '给你个人',
          '返点给你',
          '购物卡',
        ],
      },
    },
  },
  {
    id: 'nightContact',
    category: 'nightContact',
    severity: 'error',
    message: {
      en: 'Mentions contact at night. No calls, messages or visits between 22:00 and 08:00.',
      'zh-CN': '涉及夜间联系。22:00至次日08:00之间不得电话、发消息或上门。',
    },
    match: {
      en: {
        keywords: ['midnight', 'late at night', 'in the middle of the night', 'at night'],
        patterns: [
          '\\b1[01] ?p\\.?m\\b',
          '\\b1[01]:[0-5][0-9] ?p\\.?m\\b',
          '\\b(12|[1-7]) ?a\\.?m\\b',
          '\\b(12|[1-7]):[0-5][0-9] ?a\\.?m\\b',
          '\\b(2[2-3]|0[0-7]):[0-5][0-9]\\b',
        ],
      },
      'zh-CN': {
        keywords: ['半夜', '深夜', '凌晨', '午夜', '夜里', '夜间'],
        patterns: ['晚上(1[0-2]|十[一二]?)点', '(早上|清晨)([0-7]|[零一二三四五六七])点'],
      },
    },
  },
  {
    id: 'insult',
    category: 'insult',
    severity: 'error',
    message: {
      en: 'Contains an insult. Stay respectful: criticise the delay, not the person.',
      'zh-CN': '含有侮辱性用语。请保持尊重：就事论事，不针对个人。',
    },
    match: {
      en: {
        keywords: [
          'deadbeat',
          'liar',
          'liars',
          'scammer',
          'idiot',
          'stupid',
          'crook',
          'thief',
          'shame on you',
          'loser',
          'pathetic',
        ],
      },
      'zh-CN': {
        keywords: ['老赖', '骗子', '无赖', '不要脸', '废物', '垃圾', '混蛋', '王八蛋', '赖账鬼', '没素质'],
      },
    },
  },
  {
    id: 'harassment',
    category: 'harassment',
    severity: 'warning',
    message: {
      en: 'Suggests contacting the customer over and over. Keep to the agreed cadence.',
      'zh-CN': '暗示反复联系客户。请按约定的节奏催收。',
    },
    match: {
      en: {
        keywords: [
          'keep calling',
          'every hour',
          'until you answer',
          'until you pay',
          'call you every day',
          'bombard',
        ],
      },
      'zh-CN': { keywords: ['天天打电话', '每天打电话', '打到你接', '一直打到', '轰炸', '不停地打'] },
    },
  },
  {
    id: 'legalActionTooEarly',
    category: 'legalAction',
    severity: 'error',
    stages: ['beforeDue', 'earlyOverdue', 'middleOverdue'],
    message: {
      en: 'Raises legal action, enforcement or credit records. Only the formal tactic at tier 3 or above may do so, and never before the late-overdue stage.',
      'zh-CN':
        '提到法律行动、强制执行或征信记录。只有3级及以上风险的严肃式话术才能使用，且不得早于严重逾期阶段。',
    },
    match: {
      en: {
        keywords: [
          'lawsuit',
          'sue',
          'suing',
          'court',
          'courts',
          'arbitration',
          'legal proceedings',
          'legal action',
          'legal remedies',
          'asset freeze',
          'freeze your',
          'blacklist',
          'credit record',
          'credit records',
          'credit bureau',
          "lawyer's letter",
          'enforcement',
          'bailiff',
          'seize',
          'tender eligibility',
          'financing eligibility',
        ],
      },
      'zh-CN': {
        keywords: [
          '起诉',
          '提起诉讼',
          '诉讼程序',
          '法院',
          '仲裁',
          '法律措施',
          '财产保全',
          '失信被执行人',
          '失信名单',
          '黑名单',
          '限制高消费',
          '征信',
          '律师函',
          '冻结',
          '查封',
          '强制执行',
          '投标资格',
          '融资资格',
        ],
      },
    },
  },
] satisfies LintRule[]);
