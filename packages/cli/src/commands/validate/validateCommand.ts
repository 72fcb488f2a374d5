import { isReceivablesError } from '@receivables/core';
import { type InputFileSummary, readCliInputs } from '../../input/_internals/readCliInputs.ts';
import type { InputProblem } from '../../input/InputProblem.ts';
import { loadCatalogFile } from '../../input/loadCatalogFile.ts';
import { loadPolicyFile } from '../../input/loadPolicyFile.ts';
import { loadScorecardFile } from '../../input/loadScorecardFile.ts';
import type { CliCommand, CommandContext, CommandResult } from '../../program/CliCommand.ts';
import type { CliIo } from '../../program/CliIo.ts';
import type { CliLocale } from '../../program/CliOptions.ts';
import { exitCodes } from '../../program/exitCodes.ts';

const LABELS = {
  en: {
    problems: 'Input problems',
    files: 'Input files',
    file: 'File',
    row: 'Row',
    column: 'Column',
    value: 'Value',
    code: 'Code',
    reason: 'Reason',
    kind: 'Kind',
    records: 'Records',
    valid: 'All input files are valid.',
    found: (count: number) => `${count} problem${count === 1 ? '' : 's'} found.`,
    skipInvalid: 'validate lists every problem: --skip-invalid does not apply to it.',
    policy: 'reminder policy',
    scorecard: 'scorecard',
    catalog: 'script catalog',
  },
  'zh-CN': {
    problems: '输入问题',
    files: '输入文件',
    file: '文件',
    row: '行',
    column: '列',
    value: '值',
    code: '代码',
    reason: '原因',
    kind: '类型',
    records: '记录数',
    valid: '所有输入文件均有效。',
    found: (count: number) => `共发现 ${count} 个问题。`,
    skipInvalid: 'validate 列出全部问题：--skip-invalid 对它不起作用。',
    policy: '催收策略',
    scorecard: '评分卡',
    catalog: '话术库',
  },
} as const satisfies Record<CliLocale, unknown>;

type DocumentOption = 'policy' | 'scorecard' | 'catalog';

const DOCUMENT_LOADERS: Readonly<
  Record<DocumentOption, (file: string, io: Pick<CliIo, 'cwd'>) => Promise<unknown>>
> = { policy: loadPolicyFile, scorecard: loadScorecardFile, catalog: loadCatalogFile };

/**
 * The `validate` command: reads every input file and the `--policy`, `--scorecard` and `--catalog`
 * files, collects every problem of all of them (it does not stop at the first file, and `--skip-invalid`
 * does not apply), and lists them with file, row, column, value, code and reason, ending with exit code
 * 3. When all is well it lists each file with the records read, and ends with exit code 0.
 *
 * @example
 * ```ts
 * import { exitCodes, validateCommand } from '@receivables/cli';
 *
 * const result = await validateCommand.run({
 *   options: { asOf: '2026-06-30', locale: 'en', format: 'table', rates: {}, inputs: {}, columnMap: {}, skipInvalid: false, data: 'no-such-folder' },
 *   commandOptions: {},
 *   io: { stdout: () => {}, stderr: () => {}, cwd: '/nowhere', interactive: false, env: {} },
 *   loadInputs: () => Promise.reject(new Error('validate reads the files itself')),
 * });
 * console.log(result.exitCode === exitCodes.invalidInput, result.tables[0]?.rows[0]?.code); // true INPUT_NOT_FOUND
 * ```
 */
export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Check the input files (and the policy, scorecard and catalog files) and list every problem.',
  options: [],
  run: validate,
};

async function validate(context: CommandContext): Promise<CommandResult> {
  const { options, io } = context;
  const labels = LABELS[options.locale];
  const problems: InputProblem[] = [];
  let files: readonly InputFileSummary[] = [];
  try {
    const read = await readCliInputs({ ...options, skipInvalid: false }, io, 'validate');
    problems.push(...read.problems);
    files = read.files;
  } catch (error) {
    problems.push(...notFoundProblems(error));
  }
  const documents: { file: string; kind: string }[] = [];
  for (const option of ['policy', 'scorecard', 'catalog'] as const) {
    const file = options[option];
    if (file === undefined) continue;
    try {
      await DOCUMENT_LOADERS[option](file, io);
      documents.push({ file, kind: labels[option] });
    } catch (error) {
      problems.push(...documentProblems(error, file));
    }
  }
  const notes = options.skipInvalid ? [labels.skipInvalid] : [];
  if (problems.length > 0) {
    return {
      tables: [
        {
          id: 'inputProblems',
          title: labels.problems,
          columns: [
            { key: 'file', label: labels.file },
            { key: 'row', label: labels.row, align: 'right' },
            { key: 'column', label: labels.column },
            { key: 'value', label: labels.value },
            { key: 'code', label: labels.code },
            { key: 'reason', label: labels.reason },
          ],
          rows: problems.map((problem) => ({
            file: problem.file,
            row: problem.row === undefined ? '' : String(problem.row),
            column: problem.column ?? '',
            value: problem.value ?? '',
            code: problem.code,
            reason: problem.reason,
          })),
          notes: [labels.found(problems.length), ...notes],
        },
      ],
      json: { valid: false, files, problems },
      exitCode: exitCodes.invalidInput,
    };
  }
  return {
    tables: [
      {
        id: 'inputFiles',
        title: labels.files,
        columns: [
          { key: 'file', label: labels.file },
          { key: 'kind', label: labels.kind },
          { key: 'records', label: labels.records, align: 'right' },
        ],
        rows: [
          ...files.map((file) => ({ file: file.file, kind: file.kind, records: String(file.records) })),
          ...documents.map((document) => ({ file: document.file, kind: document.kind, records: '' })),
        ],
        notes: [labels.valid, ...notes],
      },
    ],
    json: { valid: true, files, documents },
    exitCode: exitCodes.ok,
  };
}

/** A missing input folder or file is a problem to list too; an option error is not (exit code 2). */
function notFoundProblems(error: unknown): InputProblem[] {
  if (!isReceivablesError(error, 'INPUT_NOT_FOUND')) throw error;
  const missing = error.details.missing;
  if (!Array.isArray(missing) || missing.length === 0)
    return [{ file: '', code: error.code, reason: error.message }];
  return missing.map((entry: { readonly file: string; readonly reason: string }) => ({
    file: entry.file,
    code: 'INPUT_NOT_FOUND' as const,
    reason: entry.reason,
  }));
}

function documentProblems(error: unknown, file: string): readonly InputProblem[] {
  if (isReceivablesError(error, 'INVALID_INPUT_FILE') && Array.isArray(error.details.problems)) {
    return error.details.problems as InputProblem[];
  }
  if (isReceivablesError(error, 'INPUT_NOT_FOUND')) {
    return [{ file, code: error.code, reason: error.message.replace(/^\w+: /, '') }];
  }
  throw error;
}
