import type { IsoDate } from '@receivables/core';
import type { SituationFlags } from '@receivables/script-catalog';
import type { CliLocale } from '../program/CliOptions.ts';
import { readDateOption } from './readDateOption.ts';
import { readTextOption } from './readTextOption.ts';
import type { ScriptValues } from './ScriptValues.ts';

/** What the script options of a command say. @internal */
export interface ScriptOptionValues {
  /** The run's locale first, then the other with `--both-locales`. */
  readonly locales: readonly CliLocale[];
  readonly values: ScriptValues;
  readonly flags: Partial<SituationFlags>;
}

/**
 * Reads the options of {@link scriptOptions}.
 *
 * @internal
 * @throws {ReceivablesError} `INVALID_OPTION` for a bad date or an empty text.
 */
export function readScriptOptions(
  where: string,
  commandOptions: Readonly<Record<string, unknown>>,
  locale: CliLocale,
): ScriptOptionValues {
  const text = (option: string, key: string) => readTextOption(where, option, commandOptions[key]);
  const values: Record<string, string> = {};
  const fields: readonly [keyof ScriptValues, string, string][] = [
    ['sender', '--sender', 'sender'],
    ['company', '--company', 'company'],
    ['bankDetails', '--bank-details', 'bankDetails'],
    ['contact', '--contact', 'contact'],
    ['offer', '--offer', 'offer'],
  ];
  for (const [field, option, key] of fields) {
    const value = text(option, key);
    if (value !== undefined) values[field] = value;
  }
  const deadline: IsoDate | undefined = readDateOption(where, '--deadline', commandOptions.deadline);
  const realDeadline = readDateOption(where, '--real-deadline', commandOptions.realDeadline);
  const flags: Partial<SituationFlags> = {
    ...(realDeadline === undefined ? {} : { realDeadline }),
    ...(commandOptions.authorityToConcede === true ? { authorityToConcede: true } : {}),
    ...(commandOptions.readyToEnd === true ? { readyToEndRelationship: true } : {}),
    ...(commandOptions.deliveryDocumented === true ? { deliveryDocumented: true } : {}),
    ...(commandOptions.personalRelationship === true ? { personalRelationship: true } : {}),
    ...(commandOptions.smeProtection === true ? { smeProtection: true } : {}),
  };
  const other: CliLocale = locale === 'en' ? 'zh-CN' : 'en';
  return {
    locales: commandOptions.bothLocales === true ? [locale, other] : [locale],
    values: { ...values, ...(deadline === undefined ? {} : { deadline }) },
    flags,
  };
}
