/**
 * Makes the anchors that TypeDoc gives the headings of a Markdown document, in page order: punctuation
 * dropped, spaces turned into hyphens, lower case, and `-1`, `-2`, … appended to repeats. For headings
 * made of letters, digits, spaces and ASCII punctuation (without runs of spaces) GitHub makes the same
 * anchors, so links work on both.
 *
 * @returns A function from a heading's text (without Markdown code marks) to its anchor.
 */
export function createHeadingSlugger(): (heading: string) => string {
  const seen = new Map<string, number>();
  return (heading) => {
    const base =
      heading
        .trim()
        .replace(/[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&()*+,./:;<=>?@[\]^`{|}~]/g, '')
        .replace(/\s/g, '-')
        .replace(/--+/, '-')
        .toLowerCase() || '_';
    let anchor = base;
    let count = seen.get(base) ?? 0;
    if (seen.has(base)) {
      do {
        count++;
        anchor = `${base}-${count}`;
      } while (seen.has(anchor));
    }
    seen.set(base, count);
    return anchor;
  };
}
