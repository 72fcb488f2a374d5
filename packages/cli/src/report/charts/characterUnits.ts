/**
 * How wide a character prints, in units of a narrow character: CJK and other wide characters count 2.
 * An estimate good enough to lay out chart labels without a browser.
 *
 * @param character - One character (code point).
 * @returns 1 or 2.
 * @internal
 */
export function characterUnits(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  return code >= 0x2e80 ? 2 : 1;
}
