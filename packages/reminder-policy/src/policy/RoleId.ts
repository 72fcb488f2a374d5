/** Who acts, following the ladder of 换人催收: sales → delivery → assistant → finance → executive → legal. */
export type RoleId = 'sales' | 'delivery' | 'assistant' | 'finance' | 'executive' | 'legal';
