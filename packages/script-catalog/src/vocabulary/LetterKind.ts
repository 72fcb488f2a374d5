/**
 * Which demand letter a template is: the `firstNotice`, the `secondNotice`, the `finalNotice` before
 * legal action, or the `limitationDemand` that interrupts the limitation period and carries an
 * acknowledgement slip (确认回执).
 */
export type LetterKind = 'firstNotice' | 'secondNotice' | 'finalNotice' | 'limitationDemand';
