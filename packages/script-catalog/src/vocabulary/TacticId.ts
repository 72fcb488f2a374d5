/**
 * The stable id of one of the ten collection tactics (spec 4.1): `T1` 同理式 principle, `T2` 共情式
 * empathy, `T3` 共赢式 win-win, `T4` 求助式 plea, `T5` 节点式 deadline, `T6` 求教式 seek advice, `T7`
 * 代价式 concession, `T8` 例证式 precedent, `T9` 愿景式 vision, `T10` 严肃式 formal (legal).
 */
export type TacticId = 'T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'T6' | 'T7' | 'T8' | 'T9' | 'T10';
