/** The output format of a rendered script: plain `text`, an `html` fragment, or `markdown`. */
export type ScriptFormat = 'text' | 'html' | 'markdown';
