import { IntlMessageFormat } from 'intl-messageformat';
import type { VariableType } from '../vocabulary/VariableType.ts';

/**
 * The parts of intl-messageformat's AST this package reads. The numbers are the parser's `TYPE` enum,
 * which is not re-exported by intl-messageformat; a test pins them.
 */
const LITERAL = 0;
const ARGUMENT = 1;
const NUMBER = 2;
const DATE = 3;
const TIME = 4;
const SELECT = 5;
const PLURAL = 6;
const POUND = 7;
const TAG = 8;

interface IcuElement {
  readonly type: number;
  readonly value?: unknown;
  readonly options?: Readonly<Record<string, { readonly value: readonly IcuElement[] }>>;
  readonly children?: readonly IcuElement[];
}

/** How a message uses a variable: as a plain argument, a number format, a select or a plural. @internal */
export type IcuUsage = 'argument' | 'number' | 'select' | 'plural';

/** What a message needs from its variables, and what in it is not allowed. @internal */
export interface IcuAnalysis {
  readonly usages: ReadonlyMap<string, ReadonlySet<IcuUsage>>;
  readonly problems: readonly string[];
}

/** The usages each declared type may have: dates, amounts and lists arrive formatted, as text. */
const ALLOWED: Readonly<Record<VariableType, ReadonlySet<IcuUsage>>> = {
  text: new Set(['argument', 'select']),
  amount: new Set(['argument']),
  date: new Set(['argument']),
  list: new Set(['argument']),
  number: new Set(['argument', 'number', 'plural']),
};

/**
 * Parses an ICU message with tags switched off, so `<` is plain text and no template can call a
 * function through a tag. Throws the parser's error for a malformed message.
 *
 * @internal
 */
export function compileIcuMessage(source: string, locale: string): IntlMessageFormat {
  return new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
}

/**
 * Lists the variables a compiled message uses and how, and anything the suite does not allow in a
 * message: date and time arguments (they would format in the machine's time zone) and tags.
 *
 * @internal
 */
export function analyzeIcuMessage(message: IntlMessageFormat): IcuAnalysis {
  const usages = new Map<string, Set<IcuUsage>>();
  const problems: string[] = [];
  const use = (name: unknown, usage: IcuUsage): void => {
    const key = String(name);
    const found = usages.get(key);
    if (found === undefined) usages.set(key, new Set([usage]));
    else found.add(usage);
  };
  const walk = (elements: readonly IcuElement[]): void => {
    for (const element of elements) {
      switch (element.type) {
        case LITERAL:
        case POUND:
          break;
        case ARGUMENT:
          use(element.value, 'argument');
          break;
        case NUMBER:
          use(element.value, 'number');
          break;
        case DATE:
        case TIME:
          problems.push(
            `{${String(element.value)}, ${element.type === DATE ? 'date' : 'time'}} is not allowed: pass dates as "date" variables, which are formatted without a time-zone shift`,
          );
          break;
        case SELECT:
        case PLURAL:
          use(element.value, element.type === SELECT ? 'select' : 'plural');
          for (const option of Object.values(element.options ?? {})) walk(option.value);
          break;
        case TAG:
          problems.push(`the tag <${String(element.value)}> is not allowed: templates are plain text`);
          walk(element.children ?? []);
          break;
        default:
          problems.push(`an unknown ICU element of type ${element.type} is not allowed`);
      }
    }
  };
  walk(message.getAst() as unknown as readonly IcuElement[]);
  return { usages, problems };
}

/**
 * The first way a message uses a variable that its declared `type` does not allow, if any.
 *
 * @internal
 */
export function unfitUsage(type: VariableType, usages: ReadonlySet<IcuUsage>): IcuUsage | undefined {
  for (const usage of usages) if (!ALLOWED[type].has(usage)) return usage;
  return undefined;
}
