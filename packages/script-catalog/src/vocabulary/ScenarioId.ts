/**
 * The stable id of one of the ten excuse scenarios, "十不" (spec 4.2): `E1` 质量不好 poor quality, `E2`
 * 服务不周 poor service, `E3` 价格不优 price not good, `E4` 领导不满 boss unhappy, `E5` 财务不在 finance
 * away, `E6` 流程不通 process blocked, `E7` 劝你不急 don't rush, `E8` 怪你不信 you don't trust us, `E9`
 * 吓你不做 threat to stop ordering, `E10` 责你不会 blames our competence.
 */
export type ScenarioId = 'E1' | 'E2' | 'E3' | 'E4' | 'E5' | 'E6' | 'E7' | 'E8' | 'E9' | 'E10';
