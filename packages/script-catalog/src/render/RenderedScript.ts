import type { ScriptFormat } from '../vocabulary/ScriptFormat.ts';

/** A rendered template, ready to send. */
export interface RenderedScript {
  readonly templateId: string;
  /** The locale amounts, dates and lists were formatted for. */
  readonly locale: string;
  readonly format: ScriptFormat;
  /** Present when the template has a subject; never wrapped in paragraphs. */
  readonly subject?: string;
  readonly body: string;
}
