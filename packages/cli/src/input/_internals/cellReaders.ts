const DECIMAL_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A cell read as a finite number (`1.5`, `-2`, `3e2`); `undefined` when it is not one. @internal */
export function numberFromText(text: string): number | undefined {
  if (!DECIMAL_NUMBER.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

const BOOLEANS: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  yes: true,
  no: false,
  '1': true,
  '0': false,
};

/** A cell read as a boolean: `true/false/yes/no/1/0` in any case; `undefined` otherwise. @internal */
export function booleanFromText(text: string): boolean | undefined {
  const key = text.toLowerCase();
  return Object.hasOwn(BOOLEANS, key) ? BOOLEANS[key] : undefined;
}

/** A `;`-separated cell as its items, each without the spaces around it; empty items are not items. @internal */
export function listFromText(text: string): string[] {
  const items: string[] = [];
  for (const part of text.split(';')) {
    const item = part.trim();
    if (item !== '') items.push(item);
  }
  return items;
}
