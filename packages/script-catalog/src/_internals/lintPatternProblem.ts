const MAX_REPEAT = 20;

/**
 * Why a lint pattern could take more than linear time, or undefined when it cannot. Only bounded
 * repeats are allowed (`?`, `{n}`, `{n,m}` with m ≤ 20), a repeated group may hold no repeat itself,
 * and back-references and lookaround are refused: each starting position then costs a bounded amount
 * of work, whatever the text.
 *
 * @internal
 */
export function lintPatternProblem(source: string): string | undefined {
  try {
    new RegExp(source, 'u');
  } catch (error) {
    return `is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (new RegExp(`^(?:${source})$`, 'u').test('')) return 'matches the empty text';
  /** Per open group: whether it holds a repeat. The bottom entry is the whole pattern. */
  const repeats: boolean[] = [false];
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    if (char === '(') {
      if (/^\(\?<?[=!]/.test(source.slice(index, index + 4))) return 'uses lookaround';
      repeats.push(false);
      index++;
      continue;
    }
    // Every atom (a character, an escape, a class or a closed group) may carry one repeat.
    let inner = false;
    if (char === ')') {
      inner = repeats.pop() === true;
      index++;
    } else if (char === '\\') {
      const next = source[index + 1] ?? '';
      if (/[1-9k]/.test(next)) return 'uses a back-reference';
      index = /[pPu]/.test(next) && source[index + 2] === '{' ? source.indexOf('}', index) + 1 : index + 2;
    } else if (char === '[') {
      index = endOfClass(source, index + 1);
    } else {
      index++;
    }
    const repeat = readRepeat(source, index);
    if (typeof repeat === 'string') return repeat;
    if (repeat > 0 && inner) return 'repeats a group that holds a repeat (nested quantifiers)';
    if (repeat > 0 || inner) repeats[repeats.length - 1] = true;
    index += repeat;
  }
  return undefined;
}

/** The length of the repeat at `index` (0 when there is none), or why it is not allowed. */
function readRepeat(source: string, index: number): number | string {
  const char = source[index];
  if (char === '*' || char === '+') return `uses the unbounded repeat "${char}"`;
  if (char === '?') return source[index + 1] === '?' ? 2 : 1;
  if (char !== '{') return 0;
  const repeat = /^\{(\d+)(,(\d*))?\}\??/.exec(source.slice(index));
  if (repeat === null) return 'has a malformed repeat';
  if (repeat[2] !== undefined && repeat[3] === '') return 'uses an unbounded repeat {n,}';
  if (Number(repeat[3] ?? repeat[1]) > MAX_REPEAT) return `repeats more than ${MAX_REPEAT} times`;
  return repeat[0].length;
}

function endOfClass(source: string, start: number): number {
  let index = start;
  while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1;
  return index + 1;
}
