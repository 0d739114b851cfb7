/**
 * English texts of the regie instruments: the partner's instruments in the inspector, the instrument sheet
 * tab, and the three findings about steering. Loaded with the first of them (instrumentMessages.ts), not
 * in the first load; nl.instruments.ts has exactly the same keys (a test checks).
 */
export const enInstruments = {
  'instr.heading': 'Regie instruments',
  'instr.intro': 'How the local government steers this partner, from little to much power to impose its will.',
  'instr.none': 'No instrument yet: only what you agree in conversation.',
  'instr.add': 'Add instrument',
  'instr.name': 'Instrument',
  'instr.namePlaceholder': 'e.g. subsidy agreement 2025–2027',
  'instr.type': 'Kind of instrument',
  'instr.notes': 'Remarks',
  'instr.remove': 'Remove instrument {name}',
  'instr.removeShort': 'Remove',
  'instr.nameEmpty': 'Give the instrument a name.',
  'instr.nameTooLong': 'That name is too long.',
  'instr.type.communicative': 'Communicative',
  'instr.type.market': 'Market',
  'instr.type.juridical': 'Juridical',
  'instr.type.hierarchical': 'Hierarchical',
  'instr.typeHint.communicative': 'persuading with vision, arguments, shared analyses; no formal power',
  'instr.typeHint.market': 'subsidies, premiums, tenders: a client–supplier relation',
  'instr.typeHint.juridical': 'obligations from law or regulation: decrees, recognition, permits',
  'instr.typeHint.hierarchical': 'the government’s own services or entities it controls (Arena’s name)',

  // the sheet ("fiche") tab
  'sheet.tab': 'Instruments',
  'sheet.title': 'Instrument sheets',
  'sheet.intro':
    'For each instrument, a short assessment by the group: what it should achieve, whether it is used, what it does to the relation, whether the local context has alternatives, and what to do with it.',
  'sheet.empty': 'No regie instruments yet. Add them per partner in the partner’s details.',
  'sheet.steers': '{type} · steers {partner}',
  'sheet.aim': 'What should it achieve?',
  'sheet.uptake': 'Is it used?',
  'sheet.uptake.used': 'Used',
  'sheet.uptake.partly': 'Partly',
  'sheet.uptake.unused': 'Hardly used',
  'sheet.relation': 'Effect on the relation',
  'sheet.relation.better': 'Better',
  'sheet.relation.unchanged': 'Unchanged',
  'sheet.relation.worse': 'Worse',
  'sheet.alternatives': 'Who else could deliver here?',
  'sheet.alternatives.none': 'Nobody else',
  'sheet.alternatives.one': 'One other',
  'sheet.alternatives.several': 'Several others',
  'sheet.verdict': 'Verdict',
  'sheet.verdict.keep': 'Keep',
  'sheet.verdict.adjust': 'Adjust',
  'sheet.verdict.replace': 'Replace',
  'sheet.notAnswered': 'Not answered',
  'sheet.open': 'Open {partner}',
  'sheet.inImage': 'Include the instrument sheets',
  'sheet.imageTitle': 'Regie instruments',

  // a tie in the CSV export's ties column
  'tie.works': 'works well with {other}',
  'tie.trusts': 'trusts {other}',
  'tie.conflict': 'in conflict with {other}',

  // the findings (domain/analysis: marketWithoutMarket, heavySteering, coreWithoutInstrument)
  'rule.marketWithoutMarket.title': 'Market steering without a market: {partner}',
  'rule.marketWithoutMarket.why':
    '{partner} is steered with a market instrument (subsidy, premium, tender), yet is hard to replace here (alone at the table with an expertise or the user’s view, hardly replaceable resources, or nobody else could deliver). A tender or premium may draw only this partner.',
  'rule.marketWithoutMarket.suggestion':
    'Consider an agreement with {partner} itself (communicative steering, a covenant) rather than a tender, or look for other organisations that could deliver.',
  'rule.marketWithoutMarket.source':
    'Seed article: “a tender on which only the organisation the government wanted to replace bids”; “where one partner has an expertise or access to the target group, you deal with it differently”.',
  'rule.heavySteering.title': 'More steering power than needed? {partner}',
  'rule.heavySteering.why':
    '{partner} is steered juridically or hierarchically, yet sits in the context ring or among the not relevant, or the network does not depend on what it brings. Steering too hard can harm the relation with a partner.',
  'rule.heavySteering.suggestion': 'Check whether a lighter instrument would do for {partner}: persuasion, or a financial stimulus.',
  'rule.heavySteering.source':
    'Seed article: “use no more doorzettingsmacht than needed. Steering too hard can harm the relation with a partner.” Where the line falls (juridical and up) is Arena’s choice.',
  'rule.coreWithoutInstrument.title': 'A core partner without an instrument: {partner}',
  'rule.coreWithoutInstrument.why':
    'The network depends highly on {partner}, yet no regie instrument steers it. If it will not cooperate, the government has no way to intervene.',
  'rule.coreWithoutInstrument.suggestion':
    'Note how you steer {partner} (even communicative steering is an instrument), or accept this note if that is a choice.',
  'rule.coreWithoutInstrument.source':
    'Seed article: “too little steering means you do not reach the intended result”. Judged once the arena has an instrument: Arena’s choice.',
} as const;

export type InstrumentKey = keyof typeof enInstruments;
