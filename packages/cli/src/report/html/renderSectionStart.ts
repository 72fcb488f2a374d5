import type { ReportSectionText } from '../ReportData.ts';
import { escapeHtml } from './escapeHtml.ts';

/**
 * Opens a report section: `<section>` with its id and an `aria-labelledby` heading, then the lead text.
 *
 * @param id - The section's element id (fixed by the renderer, never from data).
 * @param section - Its title and description.
 * @returns The opening HTML; the caller closes it with `</section>`.
 * @internal
 */
export function renderSectionStart(id: string, section: ReportSectionText): string {
  return (
    `<section id="${id}" class="section" aria-labelledby="${id}-heading">` +
    `<h2 id="${id}-heading">${escapeHtml(section.title)}</h2>` +
    `<p class="lead">${escapeHtml(section.description)}</p>`
  );
}
