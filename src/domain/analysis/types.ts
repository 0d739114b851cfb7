/**
 * Types of the analysis. A finding is a plain record: the UI turns it into text with the messages in
 * i18n/en.analysis.ts (`rule.<rule>.title` …, or `rule.<rule>.<variant>.title` when the finding has a
 * variant, see findingMessageKey) and highlights `partners` on the map.
 */
import type { PartnerFacts } from './facts';
import type { Arena, GovernanceForm, Partner } from '../arena';
import type { MeasuredTrust, TensionId } from '../governance';
import type { Attribute } from '../vocabularies';
import type { Composition } from './composition';

/** From least to most serious; findings are listed the other way round (see SEVERITY_ORDER). */
export const SEVERITIES = ['info', 'warning', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Sort rank of a severity: severe first. */
export const SEVERITY_ORDER: Record<Severity, number> = { severe: 0, warning: 1, info: 2 };

export const RULE_IDS = [
  'oneSidedExpertise',
  'oneSidedStyle',
  'missingUserPerspective',
  'lowVariety',
  'token',
  'goalTooBroad',
  'untagged',
  'strategicQuestion',
  'noAction',
  'actionWithoutDoers',
  'dependencyOutsideCore',
  'coreWithoutDependency',
  'governanceMismatch',
  'overlappingArena',
  'marketWithoutMarket',
  'heavySteering',
  'coreWithoutInstrument',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** One category of a finding that names several (the lone voices): its attribute, key and partners. */
export interface FindingCategory {
  attribute: Attribute;
  key: string;
  /** Ids of the partners carrying it, in partnersInOrder order. */
  partners: string[];
}

export interface Finding {
  /**
   * Stable `${rule}:${subject ?? ''}`; acknowledgements are keyed by it. A composition finding about one
   * action's partners is keyed `action:<actionId>:${rule}:${subject ?? ''}` (see actionFindingKey).
   */
  key: string;
  rule: RuleId;
  severity: Severity;
  attribute?: Attribute;
  /** The category key concerned (e.g. 'safety'), `${attribute}/${key}` for tokens, the attribute for untagged. */
  subject?: string;
  /** Ids of the partners concerned, in partnersInOrder order. */
  partners: string[];
  /** The numbers behind the finding, e.g. { share: 0.8, count: 4, tagged: 5, atTable: 5, threshold: 0.65 }. */
  numbers: Record<string, number>;
  /** Suggested default category keys that no partner at the table brings, in vocabulary order. */
  missing: string[];
  /** The categories a finding is about when it names several (lone voices), in attribute and vocabulary order. */
  categories?: FindingCategory[];
  /** The action the finding is about (a composition rule run on its partners, or an action rule). */
  actionId?: string;
  /** The other arena (overlapping arenas), for a link: `{other}` in the messages is its title. */
  other?: { id: string; title: string };
  /**
   * Which variant of the rule's messages applies (`rule.<rule>.<variant>.<part>`), e.g. 'alone' for the
   * strategic question answered "yes", 'mandated' for an overlap with a mandated network.
   */
  variant?: string;
  /** Governance mismatch: the chosen form and the best-fitting form(s) (`{chosen}`, `{recommended}`). */
  forms?: { chosen: GovernanceForm; recommended: GovernanceForm[] };
  /** Governance mismatch: the tensions to show beside the advice (`governance.tension.<id>.title`/`.why`). */
  tensions?: TensionId[];
}

/**
 * What `analyse` reads of an arena: the format-2 document. The format-2 parts are optional so that a
 * caller passing only partners, tags and goal still works; a rule that needs a missing part is skipped.
 */
export type ArenaInput = Pick<Arena, 'partners' | 'tags' | 'goal'> &
  Partial<Pick<Arena, 'strategic' | 'governance' | 'actions' | 'instruments'>> & {
    /** The measures of the trust ties among the partners at the table (domain/trust.ts), when computed. */
    trust?: MeasuredTrust | null;
  };

/** What every rule gets: the composition of the table and, when there is one, the goal statement. */
export interface RuleInput {
  composition: Composition;
  /** The goal statement (the arena's goal, or an action's). Undefined: there is no goal to judge. */
  goal?: string;
  /** The whole arena, when analysing an arena (analyse); absent for a set of partners (analysePartners). */
  arena?: ArenaInput;
  /** All partners of the arena in partnersInOrder order, whatever their ring (with `arena`). */
  partners?: readonly Partner[];
  /** What the rules need of each of `partners` (placement, dependency, tags), same index (facts.ts). */
  facts?: PartnerFacts;
}

/**
 * - 'table' (default): a composition rule. Runs from MIN_AT_TABLE partners at the table on, on the arena's
 *   table and on each action's partners.
 * - 'arena': runs once per arena in analyse (needs `input.arena`), whatever the size of the table; each
 *   rule decides its own preconditions.
 */
export type RuleScope = 'table' | 'arena';

export interface Rule {
  id: RuleId;
  scope?: RuleScope;
  evaluate(input: RuleInput): Finding[];
}

export function findingKey(rule: RuleId, subject?: string): string {
  return `${rule}:${subject ?? ''}`;
}

/** Key of a composition finding about one action's partners: `action:<actionId>:<finding key>`. */
export function actionFindingKey(actionId: string, key: string): string {
  return `action:${actionId}:${key}`;
}

export interface FindingInput {
  rule: RuleId;
  severity: Severity;
  attribute?: Attribute;
  subject?: string;
  partners: string[];
  numbers: Record<string, number>;
  missing?: string[];
  categories?: FindingCategory[];
  actionId?: string;
  other?: { id: string; title: string };
  variant?: string;
  forms?: { chosen: GovernanceForm; recommended: GovernanceForm[] };
  tensions?: TensionId[];
}

/** Builds a finding with its stable key; optional fields are left out rather than set to undefined. */
export function makeFinding(input: FindingInput): Finding {
  const finding: Finding = {
    key: findingKey(input.rule, input.subject),
    rule: input.rule,
    severity: input.severity,
    partners: input.partners,
    numbers: input.numbers,
    missing: input.missing ?? [],
  };
  if (input.attribute !== undefined) finding.attribute = input.attribute;
  if (input.subject !== undefined) finding.subject = input.subject;
  if (input.categories !== undefined) finding.categories = input.categories;
  if (input.actionId !== undefined) finding.actionId = input.actionId;
  if (input.other !== undefined) finding.other = input.other;
  if (input.variant !== undefined) finding.variant = input.variant;
  if (input.forms !== undefined) finding.forms = input.forms;
  if (input.tensions !== undefined) finding.tensions = input.tensions;
  return finding;
}

export type MessagePart = 'title' | 'why' | 'suggestion' | 'source';

/**
 * The i18n key of one part of a rule's message, e.g. messageKey('token', 'why') → 'rule.token.why';
 * with a variant: messageKey('strategicQuestion', 'why', 'alone') → 'rule.strategicQuestion.alone.why'.
 * Every rule has all four parts without a variant; a variant may define only some parts (findingMessageKey
 * falls back to the plain key for the others).
 */
export function messageKey(rule: RuleId, part: MessagePart, variant?: string): string {
  return variant ? `rule.${rule}.${variant}.${part}` : `rule.${rule}.${part}`;
}

/** True for a composition finding about one action's partners (keyed `action:<actionId>:…`, see actionFindingKey). */
export function isActionComposition(finding: Pick<Finding, 'key'>): boolean {
  return finding.key.startsWith('action:');
}

/**
 * The i18n key for one part of a finding. Tried in turn, the first that `messages` has wins:
 * - for a composition finding about an action (isActionComposition), `rule.<rule>.action.<variant>.<part>`
 *   and then `rule.<rule>.action.<part>`: its texts name the action and speak of it, not of the table;
 * - `rule.<rule>.<variant>.<part>`;
 * - the plain `rule.<rule>.<part>`.
 * Pass the message table (or a `has` function) of the UI language.
 */
export function findingMessageKey(
  finding: Pick<Finding, 'rule' | 'variant'> & Partial<Pick<Finding, 'key'>>,
  part: MessagePart,
  has: Readonly<Record<string, unknown>> | ((key: string) => boolean),
): string {
  const exists = (key: string) => (typeof has === 'function' ? has(key) : key in has);
  const variants: string[] = [];
  if (finding.key !== undefined && isActionComposition({ key: finding.key })) {
    if (finding.variant) variants.push(`action.${finding.variant}`);
    variants.push('action');
  }
  if (finding.variant) variants.push(finding.variant);
  for (const variant of variants) {
    const key = messageKey(finding.rule, part, variant);
    if (exists(key)) return key;
  }
  return messageKey(finding.rule, part);
}
