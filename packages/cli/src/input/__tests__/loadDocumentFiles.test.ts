import { isReceivablesError, type ReceivablesError } from '@receivables/core';
import { sevenItemScorecardDefinition } from '@receivables/credit-scoring';
import { defaultReminderPolicy, parseReminderPolicy } from '@receivables/reminder-policy';
import { findTemplate } from '@receivables/script-catalog';
import { defaultScriptCatalog } from '@receivables/script-catalog/default';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InputProblem } from '../InputProblem.ts';
import { loadCatalogFile } from '../loadCatalogFile.ts';
import { loadPolicyFile } from '../loadPolicyFile.ts';
import { loadScorecardFile } from '../loadScorecardFile.ts';
import { withFiles } from './inputFixtures.ts';

type Loader = (file: string, io: { readonly cwd: string }) => Promise<unknown>;

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

async function failure(load: Loader, content: string | undefined): Promise<ReceivablesError> {
  try {
    await withFiles(content === undefined ? {} : { 'doc.json': content }, (cwd) => load('doc.json', { cwd }));
  } catch (error) {
    if (isReceivablesError(error)) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const problemsOf = async (load: Loader, content: string): Promise<InputProblem[]> => {
  const error = await failure(load, content);
  expect(error.code).toBe('INVALID_INPUT_FILE');
  return error.details.problems as InputProblem[];
};

const acmeThanks = {
  id: 'acme.thanks',
  locale: 'en',
  kind: 'written',
  tactic: 'T2',
  channels: ['messaging'],
  stages: ['earlyOverdue'],
  variables: { contact: 'text' },
  body: 'Thanks for your help, {contact}!',
};

describe('loadPolicyFile', () => {
  it('reads a whole reminder policy', async () => {
    const policy = await withFiles({ 'policy.json': JSON.stringify(defaultReminderPolicy) }, (cwd) =>
      loadPolicyFile('policy.json', { cwd }),
    );
    expect(policy).toEqual(parseReminderPolicy(copy(defaultReminderPolicy)));
  });

  it('names each problem by its JSON path, with the value and the domain code, and keeps the domain error as cause', async () => {
    const raw = copy(defaultReminderPolicy) as unknown as { overdue: { cadences: { everyDays?: number }[] } };
    const cadence = raw.overdue.cadences.find((entry) => entry.everyDays !== undefined);
    if (cadence !== undefined) cadence.everyDays = 0;
    const position = raw.overdue.cadences.indexOf(cadence ?? {});
    const error = await failure(loadPolicyFile, JSON.stringify(raw));
    expect(error.details.problems).toEqual([
      {
        file: 'doc.json',
        column: `overdue.cadences[${position}].everyDays`,
        value: '0',
        code: 'INVALID_POLICY',
        reason: '0 is not a positive number of days',
      },
    ]);
    expect(isReceivablesError(error.cause, 'INVALID_POLICY')).toBe(true);
    expect(error.message.split('\n')).toEqual([
      'loadPolicyFile: doc.json is not a valid reminder policy: 1 problem',
      `  overdue.cadences[${position}].everyDays: 0 is not a positive number of days`,
    ]);
  });

  it('reports a missing file (INPUT_NOT_FOUND), malformed JSON with its line and column, and JSON that is no object', async () => {
    const missing = await failure(loadPolicyFile, undefined);
    expect(missing.code).toBe('INPUT_NOT_FOUND');
    expect(missing.message).toBe('loadPolicyFile: the reminder policy file "doc.json" does not exist');
    const [malformed] = await problemsOf(loadPolicyFile, '{\n  "preDue": {\n    "leadDays": 7,\n  }\n}');
    expect(malformed?.reason).toMatch(/^is not valid JSON at line 4, column 3: /);
    expect(await problemsOf(loadPolicyFile, '[1, 2]')).toEqual([
      {
        file: 'doc.json',
        code: 'INVALID_INPUT_FILE',
        reason: 'holds an array of 2: a reminder policy file holds a JSON object',
      },
    ]);
  });
});

describe('loadScorecardFile', () => {
  it('compiles a scorecard definition', async () => {
    const scorecard = await withFiles({ 's.json': JSON.stringify(sevenItemScorecardDefinition) }, (cwd) =>
      loadScorecardFile('s.json', { cwd }),
    );
    expect(scorecard.id).toBe(sevenItemScorecardDefinition.id);
  });

  it('names each problem by its JSON path', async () => {
    const raw = copy(sevenItemScorecardDefinition) as unknown as { factors: { weight?: number }[] };
    if (raw.factors[0] !== undefined) raw.factors[0].weight = -5;
    const problems = await problemsOf(loadScorecardFile, JSON.stringify(raw));
    expect(problems).toContainEqual(
      expect.objectContaining({ column: 'factors[0].weight', value: '-5', code: 'INVALID_SCORECARD' }),
    );
  });

  it('refuses custom factors, which need code a JSON file cannot carry', async () => {
    const raw = copy(sevenItemScorecardDefinition) as unknown as { factors: unknown[] };
    raw.factors.push({
      id: 'supplyChainRating',
      kind: 'custom',
      weight: 0,
      label: { en: 'Supply chain', 'zh-CN': '供应链' },
    });
    const problems = await problemsOf(loadScorecardFile, JSON.stringify(raw));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.code === 'INVALID_SCORECARD')).toBe(true);
  });
});

describe('loadCatalogFile', () => {
  it('extends the default catalog with the file’s additions', async () => {
    const catalog = await withFiles({ 'c.json': JSON.stringify({ templates: [acmeThanks] }) }, (cwd) =>
      loadCatalogFile('c.json', { cwd }),
    );
    expect(catalog.templates.length).toBe(defaultScriptCatalog.templates.length + 1);
    expect(findTemplate(catalog, 'acme.thanks', 'en').body).toBe(acmeThanks.body);
  });

  it('names problems by their path in the file, also those found in the extended catalog', async () => {
    const clash = await problemsOf(
      loadCatalogFile,
      JSON.stringify({ templates: [{ ...defaultScriptCatalog.templates[0] }] }),
    );
    expect(clash).toMatchObject([{ column: 'templates[0]', code: 'INVALID_CATALOG' }]);
    const nothing = await problemsOf(
      loadCatalogFile,
      JSON.stringify({ replace: { templates: ['acme.none'] } }),
    );
    expect(nothing).toMatchObject([
      { column: 'replace.templates', code: 'INVALID_CATALOG', reason: '"acme.none" replaces nothing' },
    ]);
    const undeclared = await problemsOf(
      loadCatalogFile,
      JSON.stringify({ templates: [acmeThanks, { ...acmeThanks, id: 'acme.other', body: 'Hi {nobody}' }] }),
    );
    expect(undeclared.length).toBeGreaterThan(0);
    for (const problem of undeclared) expect(problem.column).toMatch(/^templates\[1\]/);
  });
});

describe('properties', () => {
  it('every problem of a document file names the file and a path that exists in it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('overdue', 'escalation', 'minIntervalDays', 'limitation'),
        fc.constantFrom(-1, 'x', null),
        async (key, value) => {
          const raw = { ...copy(defaultReminderPolicy), [key]: value } as Record<string, unknown>;
          for (const problem of await problemsOf(loadPolicyFile, JSON.stringify(raw))) {
            expect(problem.file).toBe('doc.json');
            expect(problem.column?.startsWith(key)).toBe(true);
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});
