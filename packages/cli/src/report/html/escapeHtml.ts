const REPLACEMENTS: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and double- or single-quoted attribute values: `&`, `<`, `>`,
 * `"` and `'` become character references, so outside data (customer names) can never open a tag,
 * close an attribute or start a script.
 *
 * @param text - Any text.
 * @returns The text safe to place in an element or a quoted attribute.
 * @internal
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => REPLACEMENTS[character] ?? character);
}
