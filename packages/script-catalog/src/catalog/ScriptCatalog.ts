import type { LintRule } from '../lint/LintRule.ts';
import type { CauseDefinition } from './CauseDefinition.ts';
import type { ChannelDefinition } from './ChannelDefinition.ts';
import type { CommonExcuse } from './CommonExcuse.ts';
import type { FearDefinition } from './FearDefinition.ts';
import type { FitTables } from './FitTables.ts';
import type { LocaleTexts } from './LocaleTexts.ts';
import type { PowerSituationDefinition } from './PowerSituationDefinition.ts';
import type { ScenarioDefinition } from './ScenarioDefinition.ts';
import type { ScriptTemplate } from './ScriptTemplate.ts';
import type { StageDefinition } from './StageDefinition.ts';
import type { StyleDefinition } from './StyleDefinition.ts';
import type { TacticDefinition } from './TacticDefinition.ts';

/**
 * The whole script catalog as plain, JSON-friendly data: the vocabulary (tactics, scenarios, common
 * excuses, power situations, styles, causes, fears, stages, channels), the fit tables the recommender
 * scores with, each locale's texts, the templates and the lint rules. Build one with
 * {@link createScriptCatalog}, load one from JSON with {@link parseScriptCatalog}, add to one with
 * {@link extendCatalog}; all three validate it and return it frozen.
 */
export interface ScriptCatalog {
  /** The version of the catalog's data, e.g. `1.0.0`. */
  readonly version: string;
  /** The locale every template and text falls back to; one of `locales`. */
  readonly defaultLocale: string;
  readonly locales: readonly LocaleTexts[];
  readonly tactics: readonly TacticDefinition[];
  readonly scenarios: readonly ScenarioDefinition[];
  readonly excuses: readonly CommonExcuse[];
  readonly powerSituations: readonly PowerSituationDefinition[];
  readonly styles: readonly StyleDefinition[];
  readonly causes: readonly CauseDefinition[];
  readonly fears: readonly FearDefinition[];
  readonly stages: readonly StageDefinition[];
  readonly channels: readonly ChannelDefinition[];
  readonly fit: FitTables;
  readonly templates: readonly ScriptTemplate[];
  readonly lintRules: readonly LintRule[];
}
