/** Every ASCII character Markdown (CommonMark, GFM autolinks, common math extensions) gives a meaning. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&:@=$^]/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * Escapes text for HTML element content and attribute values alike.
 *
 * @internal
 */
export function escapeHtml(text: string): string {
  // Five plain passes beat one pass with a callback per match, and most scripts have apostrophes.
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Escapes every Markdown-significant ASCII character with a backslash, so the text renders as written
 * and can open no link, emphasis, heading, code span or raw HTML.
 *
 * @internal
 */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, '\\$&');
}

/**
 * Puts a value on one line, so that it cannot start a Markdown block or end an HTML paragraph.
 *
 * @internal
 */
export function joinLines(text: string): string {
  return text.replace(LINE_BREAKS, ' ');
}

/**
 * Turns plain text into an HTML fragment: everything escaped, blank lines separating `<p>` paragraphs,
 * single line breaks kept as `<br>`.
 *
 * @internal
 */
export function toHtmlParagraphs(text: string): string {
  const escaped = escapeHtml(text.replace(/\r\n?/g, '\n').trim());
  // Each blank-line run starts with a line break, so the matching is linear.
  const paragraphs = escaped.replace(/\n[ \t]*(?:\n[ \t]*)+/g, '</p>\n<p>');
  return `<p>${paragraphs.replace(/\n(?!<p>)/g, '<br>\n')}</p>`;
}
