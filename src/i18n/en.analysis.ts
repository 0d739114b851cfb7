/**
 * English texts of the analysis findings (domain/analysis). Flat keys; `{name}` placeholders are
 * filled with format() from i18n/format.ts. The UI fills them from the finding:
 *
 * - `{category}`: label of `finding.subject`, in the label's own case (sentences quote it: ‘{category}’);
 * - `{attribute}`: label of `finding.attribute`, lower-cased (a common noun in a sentence);
 * - `{missing}`: labels of `finding.missing`, each quoted, joined ("‘Welfare’, ‘Local economy’ or ‘Housing’");
 * - `{categories}`: labels of `finding.categories` (lone voices), joined with commas (at most four, then
 *   "and 2 more"); `{voices}`: each label quoted with its partner's name, joined with semicolons;
 * - `{partner}` / `{partners}`: partner name(s) from `finding.partners`;
 * - any other `{name}`: `finding.numbers[name]` (shares, scores and thresholds formatted as percentages
 *   or decimals by the UI, in the UI language's format); `{similarity}`: the overlap's Jaccard as a percentage;
 * - `{action}`: title of the action `finding.actionId`. A composition finding about an action's partners
 *   uses `rule.<rule>.action.<part>` where it exists: its title names the action and its text speaks of the
 *   action, not of the table (findingMessageKey);
 * - `{other}`: `finding.other.title` (overlapping arenas);
 * - `{chosen}` / `{recommended}`: labels (`governance.form.<form>`) of `finding.forms.chosen` and of
 *   `finding.forms.recommended`, the latter joined with "or".
 *
 * A finding with a `variant` uses `rule.<rule>.<variant>.<part>` where it exists, else the plain part (see
 * messageKey / findingMessageKey in domain/analysis/types.ts).
 *
 * Below the rules: the governance advisor (`governance.*`, domain/governance.ts), the roles self-check
 * (`roles.*`, domain/roles.ts) and the overlap between arenas (`overlap.*`, domain/overlap.ts).
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
    'Only partners at the table count: those in the core and complementary rings; for an action, the partners who co-decide, co-produce or are consulted. A partner with several expertise tags counts fully for each of them when Arena looks for a one-sided table, so shares can add up to more than 100%. For the variety score its weight is split equally over its tags. Partners without a tag are left out of that attribute’s numbers and listed in a separate note.',
  'analysis.diversity': 'Variety of expertise',
  'analysis.diversity.how':
    'Blau index, scaled from 0 (everyone in one category) to 1 (spread evenly over all {vocabularySize} categories).',
  'analysis.quoted': '‘{label}’',
  'analysis.andMore': 'and {count} more',

  'findings.moreWarnings.one': 'Show 1 more warning',
  'findings.moreWarnings': 'Show {count} more warnings',
  'findings.moreNotes.one': 'Show 1 more note',
  'findings.moreNotes': 'Show {count} more notes',
  'findings.fewerWarnings': 'Show fewer warnings',
  'findings.fewerNotes': 'Show fewer notes',
  'findings.presentMore.one': 'and 1 more warning',
  'findings.presentMore': 'and {count} more warnings',

  'rule.oneSidedExpertise.title': 'One-sided expertise: {category}',
  'rule.oneSidedExpertise.why':
    'A hammer only sees nails: with mostly partners from ‘{category}’ at the table ({share}), the goal risks being treated as a ‘{category}’ problem.',
  'rule.oneSidedExpertise.suggestion': 'Add a partner from {missing}.',
  'rule.oneSidedExpertise.source':
    'Seed: composition shapes the goal. Thresholds: Kanter (1977), tilted (≥ 65%) and skewed (≥ 85%) groups; the exact numbers are Arena’s design choice.',
  'rule.oneSidedExpertise.action.title': 'In “{action}”: one-sided expertise ({category})',
  'rule.oneSidedExpertise.action.why':
    'A hammer only sees nails: with mostly partners from ‘{category}’ in this action ({share}), it risks being treated as a ‘{category}’ problem.',
  'rule.oneSidedExpertise.action.suggestion': 'Involve a partner from {missing} in this action.',

  'rule.oneSidedStyle.title': 'One working style: {category}',
  'rule.oneSidedStyle.why':
    'Most partners at the table work the same way (‘{category}’, {share}). A care worker sees a need for care, a security officer a security problem; one style sees one kind of solution.',
  'rule.oneSidedStyle.suggestion': 'Add a partner that works differently, for example {missing}.',
  'rule.oneSidedStyle.source':
    'Seed: different backgrounds work better, in expertise and in style. Thresholds: Kanter (1977), tilted (≥ 65%) and skewed (≥ 85%) groups; the exact numbers are Arena’s design choice.',
  'rule.oneSidedStyle.action.title': 'In “{action}”: one working style ({category})',
  'rule.oneSidedStyle.action.why':
    'Most partners in this action work the same way (‘{category}’, {share}). One style sees one kind of solution.',
  'rule.oneSidedStyle.action.suggestion': 'Involve a partner that works differently, for example {missing}.',

  'rule.missingUserPerspective.title': 'No user or resident perspective',
  'rule.missingUserPerspective.why':
    'Nobody at the table speaks for the people the goal is about. Without them, the network decides what users need from the providers’ side only.',
  'rule.missingUserPerspective.suggestion': 'Add a partner that speaks for residents or users.',
  'rule.missingUserPerspective.source': 'Seed: do not forget the user’s perspective.',
  'rule.missingUserPerspective.action.title': 'In “{action}”: no user or resident perspective',
  'rule.missingUserPerspective.action.why':
    'Nobody who takes part in this action speaks for the people it is about. It is then shaped from the providers’ side only.',
  'rule.missingUserPerspective.action.suggestion': 'Involve a partner that speaks for residents or users, at least to be consulted.',

  'rule.lowVariety.title': 'Little variety in expertise',
  'rule.lowVariety.why':
    'The expertise at the table is concentrated in few categories (variety {score}, below {threshold}). Problems that cross domains will be seen through a narrow lens.',
  'rule.lowVariety.suggestion': 'Add a partner from {missing}.',
  'rule.lowVariety.source':
    'Blau (1977) index, read as variety after Harrison & Klein (2007), scaled to 0–1 over the available categories; the threshold 0.5 is Arena’s design choice.',
  'rule.lowVariety.action.title': 'In “{action}”: little variety in expertise',
  'rule.lowVariety.action.why':
    'The expertise in this action is concentrated in few categories (variety {score}, below {threshold}). Problems that cross domains will be seen through a narrow lens.',
  'rule.lowVariety.action.suggestion': 'Involve a partner from {missing} in this action.',

  'rule.token.title': 'Lone voices: {categories}',
  'rule.token.why':
    'Only one partner at the table brings each of these: {voices}. A lone voice is easily ignored; about three start to count.',
  'rule.token.suggestion':
    'Where one of them matters for the goal, add one or two partners who bring it too, or make sure that partner gets the floor.',
  'rule.token.source':
    'Kanter (1977) on tokens; Konrad, Kramer & Erkut (2008): one is a token, about three form a critical mass. Looked for only where one category has a majority (at least half of the tagged partners, and at least three): against a varied table, one partner per category is variety. The majority is Arena’s design choice.',
  'rule.token.one.title': 'Lone voice: {categories}',
  'rule.token.one.why':
    'Only {partner} brings ‘{categories}’ to the table. A lone voice is easily ignored; about three start to count.',
  'rule.token.one.suggestion':
    'If it matters for the goal, add one or two partners who bring it too, or make sure {partner} gets the floor.',
  'rule.token.action.title': 'In “{action}”: lone voices ({categories})',
  'rule.token.action.why':
    'Only one partner in this action brings each of these: {voices}. A lone voice is easily ignored; about three start to count.',
  'rule.token.action.suggestion':
    'Where one of them matters for this action, involve one or two more partners who bring it, or make sure that partner gets the floor.',
  'rule.token.action.one.title': 'In “{action}”: lone voice ({categories})',
  'rule.token.action.one.why':
    'In this action, only {partner} brings ‘{categories}’. A lone voice is easily ignored; about three start to count.',
  'rule.token.action.one.suggestion':
    'If it matters for this action, involve one or two more partners who bring it, or make sure {partner} gets the floor.',

  'rule.goalTooBroad.title': 'Goal may be too broad',
  'rule.goalTooBroad.why':
    '{atTable} partners from {domains} domains sit at the table, but the goal names no concrete result. With a broad goal, everyone agrees and nobody moves; partners need to see their own role in it.',
  'rule.goalTooBroad.suggestion':
    'Make the goal concrete (what changes, for whom, by when), or split it into actions with their own partners.',
  'rule.goalTooBroad.how':
    'It fires when at least {minPartners} partners sit at the table, they span at least {minDomains} expertise categories, and the goal is empty or names no concrete result, meaning it contains no number (no amount, percentage, year or date), is shorter than {minWords} words, and no result and deadline are written down with the strategic question.',
  'rule.goalTooBroad.source':
    'Seed: goals are often too broad, many partners at the table and none moved to act. The numbers are Arena’s design choice.',

  'rule.untagged.title': 'Partners without {attribute}',
  'rule.untagged.why':
    '{untagged} of {atTable} partners at the table have no {attribute} tag. They are left out of the {attribute} checks, so those checks may be off.',
  'rule.untagged.suggestion': 'Tag them, or accept this note if their {attribute} does not matter here.',
  'rule.untagged.source': 'Arena: untagged partners are reported rather than silently ignored.',
  'rule.untagged.action.title': 'In “{action}”: partners without {attribute}',
  'rule.untagged.action.why':
    '{untagged} of the {atTable} partners who take part in this action have no {attribute} tag. They are left out of its {attribute} checks, so those checks may be off.',

  'rule.strategicQuestion.title': 'Is a network needed?',
  'rule.strategicQuestion.why':
    'The strategic question is still open: could you solve this alone? Networks take over two years to pay off, and three in four fail.',
  'rule.strategicQuestion.suggestion':
    'Answer it before you go on: can the municipality, or one partner, solve this alone? Then write down what only a network can do.',
  'rule.strategicQuestion.source':
    'Seed: few local governments ask whether a network is the best answer to a complex problem; networks take over two years to pay off and three in four fail.',
  'rule.strategicQuestion.alone.title': 'You could solve this alone',
  'rule.strategicQuestion.alone.why':
    'You answered that you could solve this alone. If you can solve it alone, do it alone: working together is hard, networks take over two years to pay off, and three in four fail.',
  'rule.strategicQuestion.alone.suggestion':
    'Consider tackling it without a network, or write down what the partners add that you cannot do yourself.',
  'rule.strategicQuestion.alone.source':
    'Seed: “if you can solve it alone, do it alone”; networks take over two years to pay off and three in four fail.',

  'rule.noAction.title': 'At the table, but not in any action',
  'rule.noAction.why':
    '{idle} of {atTable} partners at the table take part in none of the {actions} actions. Partners who do not see their role sit at the table without being moved to act.',
  'rule.noAction.suggestion':
    'Give them a role in an action, or ask whether they need to sit at the table: the context ring may be enough.',
  'rule.noAction.source':
    'Seed: broad goals bring many partners to the table without moving them to act; a good goal lets partners see their role. A warning from half of the table on, otherwise a note: Arena’s design choice.',

  'rule.actionWithoutDoers.title': 'Nobody carries “{action}”',
  'rule.actionWithoutDoers.why':
    'No partner co-decides or co-produces in this action; partners are at most consulted or kept informed. An action that nobody carries does not happen.',
  'rule.actionWithoutDoers.suggestion': 'Name at least one partner who co-decides or does the work.',
  'rule.actionWithoutDoers.source':
    'Participation ladder: co-decide, co-produce, consult, keep informed. Seed: partners have to be moved to act.',

  'rule.dependencyOutsideCore.title': 'Hard to replace, but outside the core: {partner}',
  'rule.dependencyOutsideCore.why':
    '{partner} brings something important that hardly any other organisation can supply. The network depends on it, yet it sits outside the core.',
  'rule.dependencyOutsideCore.suggestion': 'Move {partner} into the core, or check the scores of its resources.',
  'rule.dependencyOutsideCore.source':
    'Arena-analysis worksheet (Arteveldehogeschool): important (3–4) and hard to replace (1–2) means high dependency, a core actor.',

  'rule.coreWithoutDependency.title': 'In the core without dependency: {partner}',
  'rule.coreWithoutDependency.why':
    '{partner} sits in the core, but what it brings is not important for the goal and others could supply it too. The worksheet places such a partner in the context ring.',
  'rule.coreWithoutDependency.suggestion':
    'Consider the context ring for {partner}, or accept this note if it belongs in the core for another reason.',
  'rule.coreWithoutDependency.source':
    'Arena-analysis worksheet (Arteveldehogeschool): not important (1–2) and easy to replace (3–4) means no dependency, a context actor or not relevant.',

  'rule.governanceMismatch.title': 'The network type may not fit',
  'rule.governanceMismatch.why':
    '{chosen} fits {chosenScore} of the {known} criteria you can judge now, {recommended} fits {bestScore} (one step off counts half). The form of a network should fit its trust, its number of participants, its goal consensus and the competencies it needs.',
  'rule.governanceMismatch.suggestion':
    'Consider {recommended}, or accept this if you chose {chosen} on purpose. Every form trades something off: efficiency against inclusiveness, internal against external legitimacy, flexibility against stability.',
  'rule.governanceMismatch.source':
    'Provan & Kenis (2008), “Modes of network governance”. The participant bands (few up to 8, moderate 9–15, many from 16), half a point one step off and at least three criteria known are Arena’s design choice.',
  'rule.governanceMismatch.participantLimit.why':
    '{chosen} works with up to 8 participants (Provan & Kenis: about 6–8), not {participants}. {recommended} fits {bestScore} of {known} criteria.',

  'rule.overlappingArena.title': 'Overlaps with “{other}”',
  'rule.overlappingArena.why':
    'Of the {union} partners at the two tables, {shared} sit at both ({similarity}), in related domains. Two networks with the same partners and nearly the same goal cost everyone twice the meetings.',
  'rule.overlappingArena.suggestion':
    'Compare the goals of both networks: merge them, split the work clearly, or let one feed the other.',
  'rule.overlappingArena.source':
    'Seed: networks with more or less the same goals and the same partners at the table. At least half of the partners of the two tables together at both (Jaccard similarity), at least 3, and related domains: Arena’s design choice.',
  'rule.overlappingArena.mandated.title': 'Overlaps with “{other}” (mandated network)',
  'rule.overlappingArena.mandated.why':
    'Of the {union} partners at the two tables, {shared} sit at both ({similarity}), in related domains. One of the two is a mandated network, imposed by a Flemish decree; such networks sometimes cut across local ones and set cooperation back.',
  'rule.overlappingArena.mandated.suggestion':
    'Check whether one network can take on the other’s task, so the same partners do not meet twice for nearly the same goal.',
  'rule.overlappingArena.mandated.source':
    'Seed: mandated networks sometimes cut across existing local networks, often with the same partners at the table. At least half of the partners of the two tables together at both (Jaccard similarity), at least 3, and related domains: Arena’s design choice.',

  'governance.title': 'Network type',
  'governance.form.shared': 'Shared governance (by the participants)',
  'governance.form.lead': 'Lead organisation',
  'governance.form.nao': 'Network administrative organisation (NAO)',
  'governance.criterion.trust': 'Trust',
  'governance.criterion.participants': 'Number of participants',
  'governance.criterion.consensus': 'Goal consensus',
  'governance.criterion.competencies': 'Need for network-level competencies',
  'governance.trust.high': 'High',
  'governance.trust.moderate': 'Moderate',
  'governance.trust.low': 'Low',
  'governance.consensus.high': 'High',
  'governance.consensus.moderatelyHigh': 'Moderately high',
  'governance.consensus.moderatelyLow': 'Moderately low',
  'governance.consensus.low': 'Low',
  'governance.competencies.low': 'Low',
  'governance.competencies.moderate': 'Moderate',
  'governance.competencies.high': 'High',
  'governance.participants.few': 'Few (up to {max})',
  'governance.participants.moderate': 'Moderate ({min}–{max})',
  'governance.participants.many': 'Many ({min} or more)',
  'governance.participants.count': '{count} partners at the table',
  'governance.table.shared.trust': 'High density',
  'governance.table.shared.participants': 'Few (up to about 6–8)',
  'governance.table.shared.consensus': 'High',
  'governance.table.shared.competencies': 'Low',
  'governance.table.lead.trust': 'Low density, highly centralised',
  'governance.table.lead.participants': 'Moderate',
  'governance.table.lead.consensus': 'Moderately low',
  'governance.table.lead.competencies': 'Moderate',
  'governance.table.nao.trust': 'Moderate density, NAO monitored by members',
  'governance.table.nao.participants': 'Moderate to many',
  'governance.table.nao.consensus': 'Moderately high',
  'governance.table.nao.competencies': 'High',
  'governance.bands':
    'Participants are the partners at the table. Few: up to {few}; moderate: {moderateMin}–{moderateMax}; many: {manyMin} or more. Provan & Kenis put the limit of shared governance at about 6–8 and give no number for “many”; these bands are Arena’s design choice.',
  'governance.consensusLow': 'Low goal consensus counts half for the lead organisation (moderately low).',
  'governance.advice.best': 'Best fit: {form}, {score} of {known} criteria.',
  'governance.advice.tie': 'A tie: {forms} each fit {score} of {known} criteria.',
  'governance.advice.noFit': 'None of the forms fits what you estimated.',
  'governance.advice.unknown':
    'Estimate trust, goal consensus and the need for network-level competencies to compare the forms.',
  'governance.fit.yes': 'The chosen form fits at least as well as any other.',
  'governance.fit.no': 'The chosen form fits fewer criteria than {recommended}.',
  'governance.matches': '{score} of {known}',
  'governance.source':
    'Provan, K. G. & Kenis, P. (2008), “Modes of network governance: structure, management, and effectiveness”, Journal of Public Administration Research and Theory 18(2): 229–252.',
  'governance.tensions': 'Tensions to weigh',
  'governance.tension.efficiencyInclusiveness.title': 'Efficiency vs inclusiveness',
  'governance.tension.efficiencyInclusiveness.why':
    'Deciding everything together involves every partner but is slow; steering through one organisation is faster but leaves partners out.',
  'governance.tension.internalExternalLegitimacy.title': 'Internal vs external legitimacy',
  'governance.tension.internalExternalLegitimacy.why':
    'A network has to be credible to its own members and to the outside world (council, funders, residents); a form that serves one can weaken the other.',
  'governance.tension.flexibilityStability.title': 'Flexibility vs stability',
  'governance.tension.flexibilityStability.why':
    'A light, shared structure adapts quickly but can fall apart; a lead organisation or an NAO is more stable but slower to change course.',

  'roles.title': 'Network-management roles',
  'roles.intro':
    'Nobody is good at every role in network management. Each colleague rates the statements below; the team view shows which roles nobody covers.',
  'roles.name.operator': 'Network operator',
  'roles.name.promoter': 'Network promoter',
  'roles.name.visionKeeper': 'Vision keeper',
  'roles.name.creativeThinker': 'Creative thinker',
  'roles.name.champion': 'Network champion',
  'roles.description.operator': 'Keeps the network running: agenda, minutes, internal communication.',
  'roles.description.promoter': 'The face of the network, with the moral authority to speak for it.',
  'roles.description.visionKeeper': 'Guards the ambition and watches for risks inside and outside the network.',
  'roles.description.creativeThinker': 'Brings ideas, working methods and instruments.',
  'roles.description.champion': 'The networker with the address book, who brings people together.',
  'roles.statement.operator.1': 'I make sure meetings have a clear agenda and that the minutes go out afterwards.',
  'roles.statement.operator.2': 'I keep the partners informed between meetings.',
  'roles.statement.operator.3': 'I follow up on agreements until they are done.',
  'roles.statement.promoter.1': 'I like to represent the network to the outside world, for example to the council or the press.',
  'roles.statement.promoter.2': 'When I speak up for the network, people listen.',
  'roles.statement.promoter.3': 'I can convince partners and decision-makers that this network matters.',
  'roles.statement.visionKeeper.1': 'I keep bringing the discussion back to what the network wants to achieve.',
  'roles.statement.visionKeeper.2': 'I notice early when the network drifts away from its ambition.',
  'roles.statement.visionKeeper.3': 'I keep an eye on risks, inside the network and around it, such as new policy or lost funding.',
  'roles.statement.creativeThinker.1': 'When the network gets stuck, I often come up with a new idea.',
  'roles.statement.creativeThinker.2': 'I know working methods and instruments that get a group moving.',
  'roles.statement.creativeThinker.3': 'I like to try a different approach than the usual one.',
  'roles.statement.champion.1': 'I know the right person in most partner organisations.',
  'roles.statement.champion.2': 'I easily bring together people who do not know each other yet.',
  'roles.statement.champion.3': 'I invest in contacts, also when there is no immediate reason.',
  'roles.scale.1': 'Strongly disagree',
  'roles.scale.2': 'Disagree',
  'roles.scale.3': 'Neither agree nor disagree',
  'roles.scale.4': 'Agree',
  'roles.scale.5': 'Strongly agree',
  'roles.unanswered': 'Not answered yet',
  'roles.coveredBy': 'Covered by {names}',
  'roles.uncovered': 'Nobody in the team covers: {roles}.',
  'roles.allCovered': 'Every role is covered by someone in the team.',
  'roles.overloaded':
    '{name} covers all five roles. Nobody is good at all of them; when one colleague seems to be, the roles usually all land on that one person. Share them out.',
  'roles.how':
    'A role counts as covered by a colleague whose average agreement with its three statements is at least {min} (“agree”) on a scale of 1 to 5. Arena’s own short self-check after the VVSG role descriptions, not the VVSG test; the threshold is a design choice.',
  'roles.source':
    'VVSG, “Mijn positie als netwerkmanager”; seed: nobody is good at every aspect of network management, and a team test shows the missing profiles.',

  'overlap.title': 'Overlapping arenas',
  'overlap.none': 'No arenas overlap.',
  'overlap.pair': '“{a}” and “{b}” share {shared} partners: {jaccard} of all the partners at their two tables.',
  'overlap.everywhere': 'Partners at several tables',
  'overlap.sitsIn': 'At the table of {count} arenas',
  'overlap.how':
    'Two arenas overlap when at least half of the partners at their two tables together sit at both (Jaccard similarity ≥ {minJaccard}), at least {minShared} partners are shared, and their domains are related (Jaccard of the expertise tags ≥ {minDomainJaccard}, or neither has expertise tags). Partners are matched by name, ignoring case, accents and spacing. The thresholds are Arena’s design choice.',
} as const;

export type AnalysisMessageKey = keyof typeof enAnalysis;
