import { join } from 'node:path';
import ts from 'typescript';
import type { DocCursor } from './DocCursor.ts';

/** Options of {@link openTypeDocs}. */
export interface OpenTypeDocsOptions {
  /** The repository root, holding `tsconfig.base.json` and `packages/`. */
  readonly rootDir: string;
  /** The package folders whose `src/index.ts` exports the types to read, e.g. `['core']`. */
  readonly packages: readonly string[];
}

/**
 * Reads the TSDoc of the suite's exported types with the TypeScript compiler, so the reference can
 * describe the fields that a JSON Schema leaves undescribed from the comments the API reference shows.
 * Building the program takes a few seconds; do it once per run.
 *
 * @param options - The repository root and the packages to load.
 * @returns A function from a package folder and an exported type name to the type's doc cursor, or
 *   undefined when the package does not export that type.
 */
export function openTypeDocs(
  options: OpenTypeDocsOptions,
): (packageName: string, typeName: string) => DocCursor | undefined {
  const config = ts.readConfigFile(join(options.rootDir, 'tsconfig.base.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, options.rootDir);
  const entry = (name: string) => join(options.rootDir, 'packages', name, 'src', 'index.ts');
  const program = ts.createProgram({
    rootNames: options.packages.map(entry),
    options: { ...parsed.options, noEmit: true },
  });
  const checker = program.getTypeChecker();
  const packagesDir = join(options.rootDir, 'packages');

  /** Only the suite's own declarations describe a field: not `Readonly` or `Record` from the lib. */
  const ownDocs = (symbol: ts.Symbol | undefined): string | undefined => {
    if (symbol === undefined) return undefined;
    const own = (symbol.declarations ?? []).some((declaration) =>
      declaration.getSourceFile().fileName.startsWith(packagesDir),
    );
    return own ? summary(ts.displayPartsToString(symbol.getDocumentationComment(checker))) : undefined;
  };

  const members = (type: ts.Type): readonly ts.Type[] => {
    const defined = checker.getNonNullableType(type);
    return defined.isUnion() ? defined.types : [defined];
  };

  const cursor = (type: ts.Type, symbol?: ts.Symbol): DocCursor => {
    const defined = checker.getNonNullableType(type);
    const description =
      ownDocs(symbol) ??
      ownDocs(defined.aliasSymbol) ??
      (defined.isUnion() ? undefined : ownDocs(defined.getSymbol()));
    const defaultTag = symbol?.getJsDocTags(checker).find((tag) => tag.name === 'defaultValue');
    const defaultValue = defaultTag ? summary(ts.displayPartsToString(defaultTag.text)) : undefined;
    const literals = defined.isUnion() ? literalsInSourceOrder(defined, symbol) : undefined;
    return {
      ...(description === undefined ? {} : { description }),
      ...(defaultValue === undefined ? {} : { defaultValue }),
      ...(literals?.every((value) => value !== undefined)
        ? { literals: literals as (string | number)[] }
        : {}),
      property: (name) => {
        for (const member of members(type)) {
          const property = checker.getPropertyOfType(member, name);
          if (property) return cursor(checker.getTypeOfSymbol(property), property);
        }
        return undefined;
      },
      items: () => {
        for (const member of members(type)) {
          if (checker.isArrayType(member)) {
            const [item] = checker.getTypeArguments(member as ts.TypeReference);
            if (item) return cursor(item);
          }
        }
        return undefined;
      },
      values: () => {
        for (const member of members(type)) {
          const [index] = checker.getIndexInfosOfType(member);
          if (index) return cursor(index.type);
          const [first] = checker.getPropertiesOfType(member);
          if (first) return cursor(checker.getTypeOfSymbol(first));
        }
        return undefined;
      },
      variant: (names, discriminator) => {
        const candidates = members(type);
        const match =
          (discriminator &&
            candidates.find((member) => {
              const property = checker.getPropertyOfType(member, discriminator.name);
              const value = property ? checker.getTypeOfSymbol(property) : undefined;
              return value?.isLiteral() === true && value.value === discriminator.value;
            })) ||
          candidates.find((member) => names.every((name) => checker.getPropertyOfType(member, name)));
        return match ? cursor(match) : undefined;
      },
    };
  };

  return (packageName, typeName) => {
    const source = program.getSourceFile(entry(packageName));
    const moduleSymbol = source ? checker.getSymbolAtLocation(source) : undefined;
    if (moduleSymbol === undefined) return undefined;
    const exported = checker.getExportsOfModule(moduleSymbol).find((symbol) => symbol.name === typeName);
    if (exported === undefined) return undefined;
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    return cursor(checker.getDeclaredTypeOfSymbol(target), target);
  };
}

/** The value of a string or number literal type, else undefined. */
function literalValue(type: ts.Type): string | number | undefined {
  return type.isStringLiteral() || type.isNumberLiteral() ? type.value : undefined;
}

/**
 * The values of a union of literals in the order the source writes them (`'sales' | 'delivery' | …`),
 * which is stable, unlike the order of the checker's union members; sorted when no declaration says.
 */
function literalsInSourceOrder(
  union: ts.UnionType,
  symbol: ts.Symbol | undefined,
): (string | number | undefined)[] {
  const values = union.types.map(literalValue);
  const declared = [union.aliasSymbol?.declarations?.[0], symbol?.declarations?.[0]].flatMap(
    (declaration) => {
      const node =
        declaration && (ts.isTypeAliasDeclaration(declaration) || ts.isPropertySignature(declaration))
          ? declaration.type
          : undefined;
      return node && ts.isUnionTypeNode(node) ? [node] : [];
    },
  )[0];
  const written = declared?.types.map((type) =>
    ts.isLiteralTypeNode(type) && (ts.isStringLiteral(type.literal) || ts.isNumericLiteral(type.literal))
      ? ts.isStringLiteral(type.literal)
        ? type.literal.text
        : Number(type.literal.text)
      : undefined,
  );
  if (
    written !== undefined &&
    written.length === values.length &&
    written.every((value) => values.includes(value))
  )
    return written;
  return [...values].sort((a, b) => String(a).localeCompare(String(b), 'en'));
}

/** The first paragraph of a comment on one line, with `{@link x}` written as code and list items joined. */
function summary(comment: string): string | undefined {
  const [first = ''] = comment.trim().split(/\n\s*\n/);
  const line = first
    .replace(/:\s*\n\s*-\s+/g, ': ')
    .replace(/;?\s*\n\s*-\s+/g, '; ')
    .replace(
      /\{@link(?:code|plain)?\s+([^}|\s]+)\s*(?:\|\s*([^}]*))?\}/g,
      (_, target: string, label?: string) =>
        label === undefined || label.trim() === '' ? `\`${target}\`` : label.trim(),
    )
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  return line === '' ? undefined : line;
}
