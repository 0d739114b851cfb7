/**
 * Governance advisor after Provan, K. G. & Kenis, P. (2008), "Modes of network governance: structure,
 * management, and effectiveness", Journal of Public Administration Research and Theory 18(2): 229–252,
 * table "Key predictors of effectiveness of network governance forms":
 *
 * | form                          | trust                                      | participants     | goal consensus  | need for network-level competencies |
 * |-------------------------------|--------------------------------------------|------------------|-----------------|-------------------------------------|
 * | shared (participant-governed) | high density                               | few              | high            | low                                 |
 * | lead organisation             | low density, highly centralised            | moderate         | moderately low  | moderate                            |
 * | network administrative org.   | moderate density, NAO monitored by members | moderate to many | moderately high | high                                |
 *
 * The arena's values are mapped onto the table as follows:
 *
 * - trust (the group's estimate, `Governance.trust`): high → shared, moderate → NAO, low → lead;
 * - goal consensus (`Governance.consensus`): high → shared, moderatelyHigh → NAO, moderatelyLow → lead;
 *   'low' fits no row of the table (Provan & Kenis give no form for it), so it counts for no form;
 * - need for network-level competencies (`Governance.competencies`): low → shared, moderate → lead,
 *   high → NAO;
 * - participants: the number of partners at the table (core + complementary rings, read from the map),
 *   put in a band. Provan & Kenis say "few" and place the limit of shared governance at about 6–8; they
 *   give no number for "many". Bands, *design choice*: few ≤ 8 (PARTICIPANTS_FEW_MAX), moderate 9–15,
 *   many ≥ 16 (PARTICIPANTS_MODERATE_MAX + 1): a local table of sixteen or more organisations is hard to
 *   run without a dedicated administration. No partner at the table: unknown (skipped).
 *
 * `recommendForm` counts, per form, how many of the four criteria it fits; missing values are skipped
 * (they count for no form). The form with the most fits is recommended; when two or three forms share the
 * top score, there is a tie and no single form is recommended (`form` null, `best` lists them).
 */
import { GOVERNANCE_FORMS, type Arena, type CONSENSUS_LEVELS, type COMPETENCY_LEVELS, type GovernanceForm, type TRUST_LEVELS } from './arena';
import { isAtTable } from './analysis/composition';

export type TrustLevel = (typeof TRUST_LEVELS)[number];
export type ConsensusLevel = (typeof CONSENSUS_LEVELS)[number];
export type CompetencyLevel = (typeof COMPETENCY_LEVELS)[number];

export const PARTICIPANT_BANDS = ['few', 'moderate', 'many'] as const;
export type ParticipantBand = (typeof PARTICIPANT_BANDS)[number];

/** Up to this many partners at the table: "few" (Provan & Kenis: shared governance up to about 6–8). Design choice. */
export const PARTICIPANTS_FEW_MAX = 8;
/** Up to this many: "moderate"; more: "many". Design choice (Provan & Kenis give no number). */
export const PARTICIPANTS_MODERATE_MAX = 15;

/** The band of a participant count; null when nobody is at the table (unknown). */
export function participantBand(count: number | null): ParticipantBand | null {
  if (count === null || !Number.isFinite(count) || count < 1) return null;
  if (count <= PARTICIPANTS_FEW_MAX) return 'few';
  if (count <= PARTICIPANTS_MODERATE_MAX) return 'moderate';
  return 'many';
}

export const GOVERNANCE_CRITERIA = ['trust', 'participants', 'consensus', 'competencies'] as const;
export type GovernanceCriterion = (typeof GOVERNANCE_CRITERIA)[number];

/** One row of the Provan & Kenis table: the values of each criterion under which the form works best. */
export interface GovernanceRow {
  trust: readonly TrustLevel[];
  participants: readonly ParticipantBand[];
  consensus: readonly ConsensusLevel[];
  competencies: readonly CompetencyLevel[];
}

/**
 * Provan & Kenis (2008), as data. The wording of each cell (e.g. "low density, highly centralised") is
 * `governance.table.<form>.<criterion>` in i18n/en.analysis.ts.
 */
export const GOVERNANCE_TABLE: Readonly<Record<GovernanceForm, GovernanceRow>> = {
  shared: { trust: ['high'], participants: ['few'], consensus: ['high'], competencies: ['low'] },
  lead: { trust: ['low'], participants: ['moderate'], consensus: ['moderatelyLow'], competencies: ['moderate'] },
  nao: { trust: ['moderate'], participants: ['moderate', 'many'], consensus: ['moderatelyHigh'], competencies: ['high'] },
};

/** The values the advisor compares with the table. null: not estimated (skipped). */
export interface GovernanceValues {
  trust: TrustLevel | null;
  /** Number of partners at the table. */
  participants: number | null;
  consensus: ConsensusLevel | null;
  competencies: CompetencyLevel | null;
}

export interface Recommendation {
  /** The single best-fitting form; null when nothing is known, nothing fits, or there is a tie. */
  form: GovernanceForm | null;
  /** The forms with the top score (empty when no form fits any criterion); more than one = tie. */
  best: GovernanceForm[];
  tie: boolean;
  /** Per form: how many of the known criteria it fits. */
  scores: Record<GovernanceForm, number>;
  /** Per form and criterion: fits (true), does not fit (false), or skipped because unknown (null). */
  matches: Record<GovernanceForm, Record<GovernanceCriterion, boolean | null>>;
  /** The criteria that had a value. */
  known: GovernanceCriterion[];
}

function valueOf(values: Partial<GovernanceValues>, criterion: GovernanceCriterion): string | null {
  if (criterion === 'participants') return participantBand(values.participants ?? null);
  return values[criterion] ?? null;
}

/** Compares the values with each row of the Provan & Kenis table. */
export function recommendForm(values: Partial<GovernanceValues>): Recommendation {
  const known = GOVERNANCE_CRITERIA.filter((c) => valueOf(values, c) !== null);
  const scores = {} as Record<GovernanceForm, number>;
  const matches = {} as Record<GovernanceForm, Record<GovernanceCriterion, boolean | null>>;
  for (const form of GOVERNANCE_FORMS) {
    const row = GOVERNANCE_TABLE[form];
    const perCriterion = {} as Record<GovernanceCriterion, boolean | null>;
    let score = 0;
    for (const criterion of GOVERNANCE_CRITERIA) {
      const value = valueOf(values, criterion);
      if (value === null) {
        perCriterion[criterion] = null;
        continue;
      }
      const fits = (row[criterion] as readonly string[]).includes(value);
      perCriterion[criterion] = fits;
      if (fits) score++;
    }
    scores[form] = score;
    matches[form] = perCriterion;
  }
  const top = Math.max(...GOVERNANCE_FORMS.map((f) => scores[f]));
  const best = top > 0 ? GOVERNANCE_FORMS.filter((f) => scores[f] === top) : [];
  return { form: best.length === 1 ? best[0]! : null, best, tie: best.length > 1, scores, matches, known };
}

/** Partners at the table (core + complementary), the "participants" of the table. */
export function participantCount(arena: Pick<Arena, 'partners'>): number {
  let n = 0;
  for (const id in arena.partners) if (isAtTable(arena.partners[id]!)) n++;
  return n;
}

/**
 * The arena's values for the advisor: the group's estimates and the participant count from the map.
 * `participants`: the count when the caller already has it (the analysis does).
 */
export function governanceValues(
  arena: Pick<Arena, 'partners'> & { governance?: Arena['governance'] },
  participants: number = participantCount(arena),
): GovernanceValues {
  const g = arena.governance;
  const count = participants;
  return {
    trust: g?.trust ?? null,
    participants: count > 0 ? count : null,
    consensus: g?.consensus ?? null,
    competencies: g?.competencies ?? null,
  };
}

export interface GovernanceFit {
  /** The form the group chose; null when none is chosen yet. */
  chosen: GovernanceForm | null;
  values: GovernanceValues;
  recommendation: Recommendation;
  /** How many of the group's own estimates (trust, consensus, competencies) are given, 0–3. */
  estimates: number;
  /** How many criteria the chosen form fits (0 when none chosen). */
  chosenScore: number;
  /**
   * Whether the chosen form fits at least as many criteria as any other form. null when no form is
   * chosen or no criterion is known.
   */
  fits: boolean | null;
}

/**
 * Whether the arena's chosen governance form fits its trust, size, goal consensus and competencies.
 * `participants`: the number of partners at the table, when the caller already has it.
 */
export function governanceFit(
  arena: Pick<Arena, 'partners'> & { governance?: Arena['governance'] },
  participants: number = participantCount(arena),
): GovernanceFit {
  const values = governanceValues(arena, participants);
  const recommendation = recommendForm(values);
  const chosen = arena.governance?.form ?? null;
  const estimates = [values.trust, values.consensus, values.competencies].filter((v) => v !== null).length;
  const chosenScore = chosen ? recommendation.scores[chosen] : 0;
  const top = Math.max(...GOVERNANCE_FORMS.map((f) => recommendation.scores[f]));
  const fits = chosen === null || recommendation.known.length === 0 ? null : chosenScore >= top;
  return { chosen, values, recommendation, estimates, chosenScore, fits };
}

/**
 * The tensions Provan & Kenis (2008) name for every form: a choice for one side weakens the other.
 * Shown beside the advice; names and one-line explanations are `governance.tension.<id>.title` and `.why` in i18n/en.analysis.ts.
 */
export const TENSIONS = ['efficiencyInclusiveness', 'internalExternalLegitimacy', 'flexibilityStability'] as const;
export type TensionId = (typeof TENSIONS)[number];

export interface Tension {
  id: TensionId;
  /** Message key of the name, e.g. "Efficiency vs inclusiveness". */
  title: string;
  /** Message key of the one-line explanation. */
  explanation: string;
}

export const TENSION_TABLE: readonly Tension[] = TENSIONS.map((id) => ({
  id,
  title: `governance.tension.${id}.title`,
  explanation: `governance.tension.${id}.why`,
}));
