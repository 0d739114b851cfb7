/**
 * English texts of the composition findings (domain/analysis). Flat keys; `{name}` placeholders are
 * filled with format() from i18n/format.ts. The UI fills them from the finding:
 *
 * - `{category}`: label of `finding.subject` (for tokens: of the key after the `/`);
 * - `{attribute}`: label of `finding.attribute`;
 * - `{missing}`: labels of `finding.missing`, joined ("welfare, local economy or spatial planning");
 * - `{partner}` / `{partners}`: partner name(s) from `finding.partners`;
 * - any other `{name}`: `finding.numbers[name]` (shares, scores and thresholds formatted as percentages
 *   or decimals by the UI).
 *
 * Tone: pragmatic, not moralising. Sources name the literature and say which numbers are Arena's own.
 */
export const enAnalysis = {
  'severity.info': 'Note',
  'severity.warning': 'Warning',
  'severity.severe': 'Severe',

  'analysis.title': 'Composition',
  'analysis.or': 'or',
  'analysis.none': 'No composition findings.',
  'analysis.tooFew':
    'Composition checks start from {min} partners at the table. Drag partners into the core or complementary ring.',
  'analysis.counting':
    'Only partners at the table count: those in the core and complementary rings. A partner with several expertise tags counts fully for each of them when Arena looks for a one-sided table, so shares can add up to more than 100 %. For the variety score its weight is split equally over its tags. Partners without a tag are left out of that attribute’s numbers and listed in a separate note.',
  'analysis.diversity': 'Variety of expertise',
  'analysis.diversity.how':
    'Blau index, scaled from 0 (everyone in one category) to 1 (spread evenly over all {vocabularySize} categories).',

  'rule.oneSidedExpertise.title': 'One-sided expertise: {category}',
  'rule.oneSidedExpertise.why':
    'A hammer only sees nails: with mostly {category} partners at the table ({share}), the goal risks being treated as a {category} problem.',
  'rule.oneSidedExpertise.suggestion': 'Add a partner from {missing}.',
  'rule.oneSidedExpertise.source':
    'Seed: composition shapes the goal. Thresholds: Kanter (1977), tilted (≥ 65 %) and skewed (≥ 85 %) groups; the exact numbers are Arena’s design choice.',

  'rule.oneSidedStyle.title': 'One working style: {category}',
  'rule.oneSidedStyle.why':
    'Most partners at the table work the same way ({category}, {share}). A care worker sees a need for care, a security officer a security problem; one style sees one kind of solution.',
  'rule.oneSidedStyle.suggestion': 'Add a partner that works differently, for example {missing}.',
  'rule.oneSidedStyle.source':
    'Seed: different backgrounds work better, in expertise and in style. Thresholds: Kanter (1977), tilted (≥ 65 %) and skewed (≥ 85 %) groups; the exact numbers are Arena’s design choice.',

  'rule.missingUserPerspective.title': 'No user or resident perspective',
  'rule.missingUserPerspective.why':
    'Nobody at the table speaks for the people the goal is about. Without them, the network decides what users need from the providers’ side only.',
  'rule.missingUserPerspective.suggestion': 'Add a partner that speaks for residents or users.',
  'rule.missingUserPerspective.source': 'Seed: do not forget the user’s perspective.',

  'rule.lowVariety.title': 'Little variety in expertise',
  'rule.lowVariety.why':
    'The expertise at the table is concentrated in few categories (variety {score}, below {threshold}). Problems that cross domains will be seen through a narrow lens.',
  'rule.lowVariety.suggestion': 'Add a partner from {missing}.',
  'rule.lowVariety.source':
    'Blau (1977) index, read as variety after Harrison & Klein (2007), scaled to 0–1 over the available categories; the threshold 0.5 is Arena’s design choice.',

  'rule.token.title': 'Lone voice: {category}',
  'rule.token.why':
    'Only {partner} brings {category}. A lone voice is easily ignored; about three start to count.',
  'rule.token.suggestion':
    'If {category} matters for the goal, add one or two partners who bring it too, or make sure this partner gets the floor.',
  'rule.token.source':
    'Kanter (1977) on tokens; Konrad, Kramer & Erkut (2008): one is a token, about three form a critical mass.',

  'rule.goalTooBroad.title': 'Goal may be too broad',
  'rule.goalTooBroad.why':
    '{atTable} partners from {domains} domains sit at the table, but the goal names no concrete result. With a broad goal, everyone agrees and nobody moves; partners need to see their own role in it.',
  'rule.goalTooBroad.suggestion':
    'Make the goal concrete (what changes, for whom, by when), or split it into actions with their own partners.',
  'rule.goalTooBroad.how':
    'A check on the map alone: it fires when at least {minPartners} partners sit at the table, they span at least {minDomains} expertise categories, and the goal is empty or names no concrete result, meaning it contains no number (no amount, percentage, year or date) and is shorter than {minWords} words.',
  'rule.goalTooBroad.source':
    'Seed: goals are often too broad, many partners at the table and none moved to act. The numbers are Arena’s design choice.',

  'rule.untagged.title': 'Partners without {attribute}',
  'rule.untagged.why':
    '{untagged} of {atTable} partners at the table have no {attribute} tag. They are left out of the {attribute} checks, so those checks may be off.',
  'rule.untagged.suggestion': 'Tag them, or accept this note if their {attribute} does not matter here.',
  'rule.untagged.source': 'Arena: untagged partners are reported rather than silently ignored.',
} as const;

export type AnalysisMessageKey = keyof typeof enAnalysis;
