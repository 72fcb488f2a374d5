/**
 * The customer's tier in the tiered plan (spec 1.8): 0 normal, 1 watch (关注), 2 warning (预警),
 * 3 serious (严重), 4 legal (法律).
 */
export type Tier = 0 | 1 | 2 | 3 | 4;
