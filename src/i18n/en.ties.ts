/**
 * English messages of the trust ties and the measures the governance advisor draws from them
 * (nl.ties.ts has exactly the same keys). Not in en.ts: only the parts that show ties (loaded when an
 * arena has ties, the inspector, the advisor) read them (useTiesT), so they stay out of the first load.
 */
export const enTies = {
  'ties.legend': 'Ties',
  'ties.kind.works': 'Works well with',
  'ties.kind.trusts': 'Trusts',
  'ties.kind.conflict': 'Conflict',
  'ties.hide': 'Hide ties',
  'ties.show': 'Show ties',
  'ties.hidden': 'Ties hidden ({count})',
  'ties.imageHidden': 'The ties are hidden on the map, so the image leaves them out. Show them on the map to have them drawn.',

  'ties.title': 'Ties',
  'ties.intro': 'Who works well with or trusts whom. Drag from the dot on a partner’s right edge to another partner, or add a tie here.',
  'ties.notOnMap': 'Place this partner on the map to tie it to others.',
  'ties.none': 'No ties yet.',
  'ties.with': 'Tie with',
  'ties.kind': 'Kind',
  'ties.note': 'Note on the tie with {name}',
  'ties.add': 'Add tie',
  'ties.choose': 'Choose a partner',
  'ties.delete': 'Delete',
  'ties.deleteLabel': 'Delete the tie with {name}',
  'ties.exists': '{name} already has a tie with {other}: change its kind in the list.',
  'ties.kindOf': 'Kind of the tie with {name}',

  'governance.measured.title': 'Trust from the ties',
  'governance.measured.none':
    'No “works well with” or “trusts” ties among the partners at the table yet: the advisor uses your estimate of trust. Draw the ties on the map to measure it.',
  'governance.measured.replaces': 'Measured from the ties; it replaces your estimate of trust.',
  'governance.measured.density': 'Density: {density} ({ties} of {possible} possible pairs) — {level}',
  'governance.measured.centralisation': 'Centralisation: {value}',
  'governance.measured.centre': 'Most ties: {name} ({degree})',
  'governance.measured.candidateLead': 'Candidate lead organisation: {name}',
  'governance.measured.how': 'How it is measured',
  'governance.measured.which':
    'Counted: “works well with” and “trusts” ties between partners at the table (core and complementary ring), each pair once, whatever the direction; conflicts are left out. Density = pairs tied / pairs possible; centralisation after Freeman (1979): 1 when all ties run through one partner, 0 when every partner has as many. High density from {high}, moderate from {moderate}, centralised from {centralised}: Arena’s design choice.',
  'governance.estimateUnused': 'Not used while trust is measured from the ties.',

  'governance.ruledOut': 'Ruled out: more than {max} partners at the table.',
  'governance.measuredMark': 'measured from the ties',
  'governance.reasoning': 'How the advice is reached',
  'governance.reason.thin': 'Too little to advise: {known} of the 4 criteria are known; Arena advises from {min}.',
  'governance.reason.sharedRuledOut':
    'Shared governance is ruled out: with {participants} partners at the table (more than {max}) it becomes unworkable, however well the other criteria fit (Provan & Kenis 2008: shared governance works with few participants, up to about 6–8).',
  'governance.reason.trustMeasured': 'Trust is measured from {ties} ties: density {density} counts as {level}.',
  'governance.reason.trustCentralised':
    'Trust runs through {name} (centralisation {centralisation}): the lead organisation’s pattern, “low density, highly centralised”, with {name} as candidate lead.',
  'governance.reason.trustNotCentralised':
    'Trust is not centralised on one partner (centralisation {centralisation}): a lead organisation needs partners to trust the one who steers, so low density fits it only half.',
  'governance.reason.closest':
    'The levels are ordered (high, moderately high, moderately low, low): a value one step from a form’s cell counts half, two steps nothing, so the closest fit wins, not only exact matches.',
} as const;
