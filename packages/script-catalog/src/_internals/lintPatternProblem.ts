const MAX_REPEAT = 20;

/** Longer patterns are not lint rules but programs: compiling one can overflow the engine's stack. */
const MAX_PATTERN_LENGTH = 500;

/**
 * The most ways a pattern may have of matching from one place. A backtracking engine may try every one
 * before it gives up on that place, so without this bound alternatives that overlap (`(?:a|a){20}`) or
 * short repeats in a row (`a?a?…a?`, `[a-z]{1,20}[a-z]{1,20}…`) cost millions of steps per character
 * even though each repeat is bounded.
 */
const MAX_PATHS = 1000;

/** An open group: whether it holds a repeat, the paths of its finished alternatives and of the current one. */
interface OpenGroup {
  holdsRepeat: boolean;
  finishedPaths: number;
  currentPaths: number;
}

/**
 * Why a lint pattern could take more than linear time, or undefined when it cannot. Only patterns of
 * at most 500 characters and bounded repeats are allowed (`?`, `{n}`, `{n,m}` with m ≤ 20), a repeated
 * group may hold no repeat itself, back-references and lookaround are refused, and the ways of matching
 * from one place (alternatives
 * added, items in a row multiplied, repeats raised to their count) may not exceed 1,000: each starting
 * position then costs a bounded amount of work, whatever the text.
 *
 * @internal
 */
export function lintPatternProblem(source: string): string | undefined {
  if (source.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`;
  try {
    new RegExp(source, 'u');
  } catch (error) {
    return `is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (new RegExp(`^(?:${source})$`, 'u').test('')) return 'matches the empty text';
  /** The open groups, innermost last. The bottom entry is the whole pattern. */
  const groups: OpenGroup[] = [openGroup()];
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    const group = groups[groups.length - 1] as OpenGroup;
    if (char === '(') {
      if (/^\(\?<?[=!]/.test(source.slice(index, index + 4))) return 'uses lookaround';
      groups.push(openGroup());
      index++;
      continue;
    }
    if (char === '|') {
      group.finishedPaths += group.currentPaths;
      group.currentPaths = 1;
      index++;
      continue;
    }
    // Every atom (a character, an escape, a class or a closed group) may carry one repeat.
    let inner = false;
    let atomPaths = 1;
    if (char === ')') {
      const closed = groups.pop() as OpenGroup;
      inner = closed.holdsRepeat;
      atomPaths = closed.finishedPaths + closed.currentPaths;
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
    const owner = groups[groups.length - 1] as OpenGroup;
    if (repeat.length > 0 && inner) return 'repeats a group that holds a repeat (nested quantifiers)';
    if (repeat.length > 0 || inner) owner.holdsRepeat = true;
    owner.currentPaths = Math.min(owner.currentPaths * repeatedPaths(atomPaths, repeat), MAX_PATHS + 1);
    index += repeat.length;
  }
  const whole = groups[0] as OpenGroup;
  if (whole.finishedPaths + whole.currentPaths > MAX_PATHS) {
    return `has more than ${MAX_PATHS} ways of matching at one place (overlapping alternatives or repeats in a row)`;
  }
  return undefined;
}

function openGroup(): OpenGroup {
  return { holdsRepeat: false, finishedPaths: 0, currentPaths: 1 };
}

/** A repeat's text length (0 when there is none) and its least and most counts. */
interface Repeat {
  readonly length: number;
  readonly min: number;
  readonly max: number;
}

/** The repeat at `index`, or why it is not allowed. */
function readRepeat(source: string, index: number): Repeat | string {
  const char = source[index];
  if (char === '*' || char === '+') return `uses the unbounded repeat "${char}"`;
  if (char === '?') return { length: source[index + 1] === '?' ? 2 : 1, min: 0, max: 1 };
  if (char !== '{') return { length: 0, min: 1, max: 1 };
  const repeat = /^\{(\d+)(,(\d*))?\}\??/.exec(source.slice(index));
  if (repeat === null) return 'has a malformed repeat';
  if (repeat[2] !== undefined && repeat[3] === '') return 'uses an unbounded repeat {n,}';
  const min = Number(repeat[1]);
  const max = Number(repeat[3] ?? repeat[1]);
  if (max > MAX_REPEAT) return `repeats more than ${MAX_REPEAT} times`;
  return { length: repeat[0].length, min, max };
}

/** The ways an atom with `paths` ways of matching can match `min` to `max` times in a row: Σ pathsᵏ. */
function repeatedPaths(paths: number, repeat: Repeat): number {
  let total = 0;
  for (let count = repeat.min; count <= repeat.max && total <= MAX_PATHS; count++) {
    total += Math.min(paths ** count, MAX_PATHS + 1);
  }
  return Math.min(total, MAX_PATHS + 1);
}

function endOfClass(source: string, start: number): number {
  let index = start;
  while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1;
  return index + 1;
}
