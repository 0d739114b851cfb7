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
 * The table is the paper's summary; the advisor follows the reasoning of its propositions (the README's
 * governance section lists each rule with its source):
 *
 * 1. Levels are ordered (low < moderate < high; low < moderately low < moderately high < high), so a value
 *    one step from a form's cell fits half (closeness), two or more steps not at all. 'low' goal consensus
 *    is then one step from the lead organisation's "moderately low" instead of fitting nothing.
 * 2. The number of participants LIMITS shared governance rather than being one criterion among four:
 *    with more than SHARED_MAX_PARTICIPANTS (8) partners at the table shared governance is ruled out,
 *    whatever the other criteria say (Provan & Kenis: shared governance becomes inefficient as the number
 *    of participants grows; they place its limit at about 6–8; we take the upper end).
 * 3. Trust: when the group has drawn trust ties among the partners at the table (domain/trust.ts), the
 *    measured density replaces the group's estimate (DENSITY_HIGH_MIN, DENSITY_MODERATE_MIN: Arena's
 *    bands). A pattern strongly centralised on one partner (Freeman centralisation ≥ CENTRALISED_MIN and
 *    a single partner with the most ties) is the lead organisation's cell, "low density, highly
 *    centralised": it fits the lead form fully and names that partner as candidate lead. Measured low
 *    density that is NOT centralised fits the lead form only half (half of its cell).
 * 4. Evidence too thin: with fewer than MIN_KNOWN_CRITERIA (3) of the four criteria known the advisor
 *    shows the scores but recommends nothing.
 *
 * The form with the highest score among the forms not ruled out is recommended; two or more on the same
 * top score are a tie (`form` null, `best` lists them).
 */
import {
  CONSENSUS_LEVELS,
  GOVERNANCE_FORMS,
  type Arena,
  type COMPETENCY_LEVELS,
  type GovernanceForm,
  type TRUST_LEVELS,
} from './arena';
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
/**
 * Above this many partners at the table shared governance is ruled out (Provan & Kenis 2008: shared
 * governance becomes inefficient, then unworkable, as participants grow; about 6–8 at most). The upper
 * end of their range, so a table they would still call small is never ruled out.
 */
export const SHARED_MAX_PARTICIPANTS = PARTICIPANTS_FEW_MAX;
/** Fewer criteria known than this: too thin to advise. Design choice (three of four: most of the table). */
export const MIN_KNOWN_CRITERIA = 3;
/** Measured density from which trust counts as high. Design choice (Provan & Kenis give no number). */
export const DENSITY_HIGH_MIN = 0.6;
/** Measured density from which trust counts as moderate (below: low). Design choice. */
export const DENSITY_MODERATE_MIN = 0.3;
/** Freeman degree centralisation from which trust counts as centralised on one partner. Design choice. */
export const CENTRALISED_MIN = 0.5;

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

/** Each criterion's levels from low to high: the order closeness is measured on. */
const ORDER: Readonly<Record<GovernanceCriterion, readonly string[]>> = {
  trust: ['low', 'moderate', 'high'],
  participants: PARTICIPANT_BANDS,
  consensus: [...CONSENSUS_LEVELS].reverse(),
  competencies: ['low', 'moderate', 'high'],
};

/** One step off a cell fits half; two or more steps nothing. */
function closeness(criterion: GovernanceCriterion, value: string, cell: readonly string[]): number {
  const order = ORDER[criterion];
  const at = order.indexOf(value);
  const steps = Math.min(...cell.map((c) => Math.abs(order.indexOf(c) - at)));
  return steps === 0 ? 1 : steps === 1 ? 0.5 : 0;
}

/** The trust ties measured among the partners at the table (domain/trust.ts computes them). */
export interface MeasuredTrust {
  /** Distinct pairs at the table joined by a trusts/works tie. */
  ties: number;
  density: number | null;
  centralisation: number | null;
  /** Partner id with the most ties, when exactly one has the most. */
  centre: string | null;
}

/** Trust level of a measured density (Arena's bands). */
export function densityLevel(density: number): TrustLevel {
  if (density >= DENSITY_HIGH_MIN) return 'high';
  if (density >= DENSITY_MODERATE_MIN) return 'moderate';
  return 'low';
}

/** The values the advisor compares with the table. null: not known (skipped). */
export interface GovernanceValues {
  /** The trust level used: measured when ties are drawn, otherwise the group's estimate. */
  trust: TrustLevel | null;
  /** Number of partners at the table. */
  participants: number | null;
  consensus: ConsensusLevel | null;
  competencies: CompetencyLevel | null;
  /** Where `trust` comes from. Absent: the group's estimate. */
  trustSource?: 'measured' | 'estimate' | null;
  /** The measures, when trust is measured. */
  measured?: MeasuredTrust | null;
  /** The partner trust is centralised on (the candidate lead), when measured and centralised. */
  centre?: string | null;
}

export interface Recommendation {
  /** The single best-fitting form; null when evidence is thin, nothing fits, or there is a tie. */
  form: GovernanceForm | null;
  /** The forms with the top score among those not ruled out (empty when thin or none fits); more than one = tie. */
  best: GovernanceForm[];
  tie: boolean;
  /** Per form: the sum of its closeness over the known criteria (1 exact, ½ one step off). */
  scores: Record<GovernanceForm, number>;
  /** Per form and criterion: 1 fits, ½ one step off, 0 does not fit, null skipped because unknown. */
  closeness: Record<GovernanceForm, Record<GovernanceCriterion, number | null>>;
  /** The criteria that had a value. */
  known: GovernanceCriterion[];
  /** Fewer than MIN_KNOWN_CRITERIA known: no advice. */
  thin: boolean;
  /** Forms ruled out whatever their score (shared governance above SHARED_MAX_PARTICIPANTS). */
  ruledOut: GovernanceForm[];
  /** The partner named as candidate lead (trust centralised on it); null otherwise. */
  candidateLead: string | null;
}

function valueOf(values: Partial<GovernanceValues>, criterion: GovernanceCriterion): string | null {
  if (criterion === 'participants') return participantBand(values.participants ?? null);
  return values[criterion] ?? null;
}

/** Compares the values with each row of the Provan & Kenis table, reasoning as described at the top. */
export function recommendForm(values: Partial<GovernanceValues>): Recommendation {
  const known = GOVERNANCE_CRITERIA.filter((c) => valueOf(values, c) !== null);
  const measured = values.trustSource === 'measured' && values.trust != null;
  const centre = measured ? (values.centre ?? null) : null;
  const scores = {} as Record<GovernanceForm, number>;
  const close = {} as Record<GovernanceForm, Record<GovernanceCriterion, number | null>>;
  for (const form of GOVERNANCE_FORMS) {
    const row = GOVERNANCE_TABLE[form];
    const perCriterion = {} as Record<GovernanceCriterion, number | null>;
    let score = 0;
    for (const criterion of GOVERNANCE_CRITERIA) {
      const value = valueOf(values, criterion);
      if (value === null) {
        perCriterion[criterion] = null;
        continue;
      }
      let c = closeness(criterion, value, row[criterion] as readonly string[]);
      if (criterion === 'trust' && measured) {
        // Trust centralised on one partner is the lead form's cell; measured trust only centralised
        // in that case, so everyone else reads it as low density.
        if (centre) c = form === 'lead' ? 1 : closeness('trust', 'low', row.trust);
        else if (form === 'lead') c = Math.min(c, 0.5);
      }
      perCriterion[criterion] = c;
      score += c;
    }
    scores[form] = score;
    close[form] = perCriterion;
  }
  const thin = known.length < MIN_KNOWN_CRITERIA;
  const ruledOut: GovernanceForm[] = (values.participants ?? 0) > SHARED_MAX_PARTICIPANTS ? ['shared'] : [];

  const eligible = GOVERNANCE_FORMS.filter((f) => !ruledOut.includes(f));
  const top = Math.max(0, ...eligible.map((f) => scores[f]));
  const best = thin || top === 0 ? [] : eligible.filter((f) => scores[f] === top);
  return {
    form: best.length === 1 ? best[0]! : null,
    best,
    tie: best.length > 1,
    scores,
    closeness: close,
    known,
    thin,
    ruledOut,
    candidateLead: centre,
  };
}

/** Partners at the table (core + complementary), the "participants" of the table. */
export function participantCount(arena: Pick<Arena, 'partners'>): number {
  let n = 0;
  for (const id in arena.partners) if (isAtTable(arena.partners[id]!)) n++;
  return n;
}

/** Whether the measures count: at least one trust tie joins two partners at the table. */
export function isMeasured(measured: MeasuredTrust | null | undefined): measured is MeasuredTrust & { density: number } {
  return !!measured && measured.ties > 0 && measured.density !== null;
}

/**
 * The arena's values for the advisor: the group's estimates, the participant count from the map, and
 * the measured trust when ties are drawn (it replaces the trust estimate).
 * `participants`: the count when the caller already has it (the analysis does).
 */
export function governanceValues(
  arena: Pick<Arena, 'partners'> & { governance?: Arena['governance'] },
  participants: number = participantCount(arena),
  measured: MeasuredTrust | null = null,
): GovernanceValues {
  const g = arena.governance;
  const count = participants;
  const base = {
    participants: count > 0 ? count : null,
    consensus: g?.consensus ?? null,
    competencies: g?.competencies ?? null,
  };
  if (isMeasured(measured)) {
    const centralised = measured.centre !== null && measured.centralisation !== null && measured.centralisation >= CENTRALISED_MIN;
    return {
      ...base,
      trust: densityLevel(measured.density),
      trustSource: 'measured',
      measured,
      centre: centralised ? measured.centre : null,
    };
  }
  const trust = g?.trust ?? null;
  return { ...base, trust, trustSource: trust ? 'estimate' : null, measured: null, centre: null };
}

export interface GovernanceFit {
  /** The form the group chose; null when none is chosen yet. */
  chosen: GovernanceForm | null;
  values: GovernanceValues;
  recommendation: Recommendation;
  /** How many of trust (estimated or measured), consensus and competencies are known, 0–3. */
  estimates: number;
  /** The chosen form's score (0 when none chosen). */
  chosenScore: number;
  /**
   * Whether the chosen form is not ruled out and scores at least as high as any form not ruled out.
   * null when no form is chosen or the evidence is too thin.
   */
  fits: boolean | null;
}

/**
 * Whether the arena's chosen governance form fits its trust, size, goal consensus and competencies.
 * `participants`: the number of partners at the table, when the caller already has it; `measured`: the
 * trust ties' measures, when ties are drawn.
 */
export function governanceFit(
  arena: Pick<Arena, 'partners'> & { governance?: Arena['governance'] },
  participants: number = participantCount(arena),
  measured: MeasuredTrust | null = null,
): GovernanceFit {
  const values = governanceValues(arena, participants, measured);
  const recommendation = recommendForm(values);
  const chosen = arena.governance?.form ?? null;
  const estimates = [values.trust, values.consensus, values.competencies].filter((v) => v !== null).length;
  const chosenScore = chosen ? recommendation.scores[chosen] : 0;
  const eligible = GOVERNANCE_FORMS.filter((f) => !recommendation.ruledOut.includes(f));
  const top = Math.max(...eligible.map((f) => recommendation.scores[f]));
  const fits =
    chosen === null || recommendation.thin ? null : !recommendation.ruledOut.includes(chosen) && chosenScore >= top;
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
