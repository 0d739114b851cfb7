/**
 * Every number the composition rules use, with where it comes from. Numbers marked *design choice* are
 * Arena's own reading of the literature; the app says so where a user sees the finding (en.analysis.ts,
 * `rule.<rule>.source`).
 */

/**
 * Rules apply only from this many partners at the table on (domain rule "from 3 partners on"). Three is
 * the smallest group with a majority and a minority (Kanter 1977). Design choice.
 */
export const MIN_AT_TABLE = 3;

/**
 * A share-based rule (one-sided, low variety, token) on an attribute also needs this many partners
 * *tagged* for that attribute: a share of one or two tagged partners says nothing. Design choice.
 */
export const MIN_TAGGED = 3;

/**
 * One category covering at least this share of the tagged partners at the table: warning ("tilted
 * group"). Kanter, R. M. (1977), "Some effects of proportions on group life", American Journal of
 * Sociology 82(5): tilted groups around 65:35. The exact number is a design choice.
 */
export const TILTED_SHARE = 0.65;

/**
 * At least this share: severe ("skewed group", Kanter 1977: skewed groups around 85:15). The exact
 * number is a design choice.
 */
export const SKEWED_SHARE = 0.85;

/**
 * Normalised Blau index of expertise below this: low variety. Blau, P. M. (1977), Inequality and
 * Heterogeneity; Harrison, D. A. & Klein, K. J. (2007), "What's the difference? Diversity constructs as
 * separation, variety, or disparity in organizations", Academy of Management Review 32(4): Blau's index
 * measures *variety*. The threshold 0.5 is a design choice.
 */
export const LOW_VARIETY_BELOW = 0.5;

/**
 * A category brought by exactly this many partners is a token (a lone voice). Kanter (1977) on tokens;
 * Konrad, A. M., Kramer, V. W. & Erkut, S. (2008), "Critical mass: the impact of three or more women on
 * corporate boards", Organizational Dynamics 37(2): one is a token, two are still few, about three
 * start to count (CRITICAL_MASS).
 */
export const TOKEN_COUNT = 1;
export const CRITICAL_MASS = 3;

/**
 * Lone voices are only looked for on an attribute where one category is carried by at least this share
 * of the tagged partners, and by at least CRITICAL_MASS of them: a lone voice is one partner against a
 * majority. Kanter (1977) finds tokens in skewed groups, where one type dominates; in a balanced or
 * widely spread group, one partner per category is variety, not tokenism (on a varied 15-partner table
 * nearly every expertise had a "lone voice"). The exact share (a simple majority) is a design choice.
 */
export const TOKEN_MAJORITY_SHARE = 0.5;

/**
 * Goal too broad (map-only heuristic for the seed's "goals are often too broad: many partners at the
 * table, none moved to act"): at least this many partners at the table … Eight echoes the upper size
 * at which Provan & Kenis (2008) still see a shared, participant-governed network work. Design choice.
 */
export const GOAL_BROAD_MIN_PARTNERS = 8;

/** … spanning at least this many distinct expertise categories … Design choice. */
export const GOAL_BROAD_MIN_DOMAINS = 5;

/**
 * … while the goal names no concrete result: it contains no digit (no amount, percentage, year or
 * date) and has fewer than this many words (an empty goal has none). Design choice.
 */
export const GOAL_CONCRETE_MIN_WORDS = 12;

/**
 * Partners at the table in no action: the note is a warning when at least this share of the table is in
 * no action (the seed's "many partners at the table, none moved to act"), otherwise info. Only judged
 * once the arena has at least one action. Design choice.
 */
export const NO_ACTION_WARNING_SHARE = 0.5;

/**
 * Governance mismatch needs at least this many of the group's own estimates (trust, goal consensus,
 * need for network-level competencies); the participant count from the map is used beside them but
 * does not count towards this minimum. One estimate and a head count are too thin to question a chosen
 * form. Design choice.
 */
export const MIN_GOVERNANCE_ESTIMATES = 2;

/**
 * The Warnings panel opens on at most this many warnings and this many notes, in order of importance
 * (prioritise.ts); the rest is one click away. Severe findings are always shown. A group in a workshop
 * can weigh a handful of points at once (working memory holds about four chunks: Cowan, N. (2001), "The
 * magical number 4 in short-term memory", Behavioral and Brain Sciences 24(1)). The numbers are a design
 * choice.
 */
export const WARNINGS_SHOWN = 3;
export const NOTES_SHOWN = 3;

/**
 * Regie instruments (seed, "gebruik niet meer doorzettingsmacht dan nodig"): steering from this type on
 * (juridical, then hierarchical) imposes the government's will; toward a partner whose role does not need
 * it (HEAVY_STEERING_PLACEMENTS, or no dependency) it is heavier than needed. Where the line falls between
 * market and juridical steering is a design choice.
 */
export const HEAVY_STEERING_FROM = 'juridical';

/** Rings whose partners are not at the table (context, not relevant): heavy steering is not needed there. Design choice. */
export const HEAVY_STEERING_PLACEMENTS: readonly string[] = ['context', 'outside'];

/**
 * Market steering needs a market (seed: "als er één partner is met een bepaalde expertise of toegang tot de
 * doelgroep, ga je daar anders mee om"): a partner is hard to replace when it is the only one at the table
 * with this few carriers of one of its expertises or of a user/resident perspective, when its resources give
 * high dependency (the worksheet), or when the instrument sheet says no other organisation could deliver.
 */
export const ONLY_CARRIER_COUNT = 1;

/**
 * A core partner the network depends on highly, steered by no instrument, is only noted once the arena has
 * at least this many instruments: before that the group has not started to map its steering. Design choice.
 */
export const MIN_INSTRUMENTS_FOR_CORE_NOTE = 1;

/** Shares are compared with this tolerance, so 13 of 20 counts as exactly 65 %. */
export const SHARE_EPSILON = 1e-9;

/** share ≥ threshold, tolerant of floating-point noise. */
export function atLeast(share: number, threshold: number): boolean {
  return share >= threshold - SHARE_EPSILON;
}
