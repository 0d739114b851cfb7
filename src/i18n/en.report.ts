/**
 * English messages of the A4 report (nl.report.ts has exactly the same keys). Not in en.ts: only the export
 * dialog and the report, both loaded on first use, read them (useReportT), so they stay out of the first load.
 */
export const enReport = {
  'report.section': 'Report (A4, for print or PDF)',
  'report.hint':
    'A document for the council or the board: the map on a page of its own, the composition, the warnings with what the group decided, the actions, the dependency and the advice on the network type. Print it, or save it as PDF in the print dialog.',
  'report.teamHint': 'The team roles are in it only when the box below is ticked.',
  'report.open': 'Open the report',

  'report.toolbar': 'Report',
  'report.print': 'Print or save as PDF',
  'report.close': 'Close the report',
  'report.printHint': 'In the print dialog, choose “Save as PDF” as the printer. A4, portrait.',
  'report.preparing': 'Drawing the map…',

  'report.cover.kind': 'Arena analysis',
  'report.cover.goal': 'Goal',
  'report.cover.date': 'Date',
  'report.cover.strategic': 'Strategic question',
  'report.cover.unanswered': 'Not answered yet.',
  'report.cover.mandated': 'Mandated network',
  'report.cover.mandatedYes': 'Imposed by a decree, not set up locally.',
  'report.cover.atTable': 'Partners at the table (core and complementary)',
  'report.cover.onMap': 'Partners on the map',
  'report.cover.openWarnings': 'Open warnings',
  'report.cover.actions': 'Actions',
  'report.footer': 'Made with Arena on {date}',

  'report.map.title': 'The map',
  'report.map.caption': 'The goal in the centre; from the inside out the core, the complementary partners, the context and, outside the dashed line, partners not relevant (yet).',
  'report.map.alt': 'The arena map of “{title}”: the goal in the centre, the partners on their rings.',
  'report.map.unplaced': 'Not on the map yet ({count}): {names}.',
  'report.map.failed': 'The map could not be drawn: {reason}',

  'report.composition.intro':
    'Only the partners at the table count (core and complementary): the share of them that carries each expertise, working style and perspective. A partner with several expertise tags counts for each.',
  'report.composition.none': 'Nobody at the table yet.',
  'report.composition.diversity':
    'Variety of expertise {score} (0 = all the same, 1 = spread evenly over the {vocabularySize} kinds of expertise).',

  'report.findings.title': 'Warnings and what the group decided',
  'report.findings.open': 'Open warnings ({count})',
  'report.findings.accepted': 'Accepted on purpose ({count})',
  'report.findings.notes': 'Notes ({count})',
  'report.findings.why': 'Why',
  'report.findings.suggestion': 'What to do',
  'report.findings.reason': 'The group’s reason',
  'report.findings.noReason': 'No reason written down.',
  'report.findings.tooFew': 'The composition checks start from {min} partners at the table; this arena has {count}.',
  'report.findings.source': 'Source',

  'report.actions.title': 'Actions and the participation ladder',
  'report.actions.intro': 'Per action, each partner’s rung on the participation ladder: co-decides, co-produces, is consulted, is kept informed.',
  'report.actions.none': 'No actions written down yet.',
  'report.actions.nobody': 'No partner is involved in this action yet.',
  'report.actions.partner': 'Partner',
  'report.actions.ring': 'Ring',
  'report.actions.involvement': 'Involvement',
  'report.actions.notInvolved': 'At the table, in no action: {names}.',

  'report.dependency.title': 'Dependency on partners',
  'report.dependency.intro':
    'From the arena-analysis worksheet: for each resource a partner brings, how important it is for the goal and how easily another organisation could supply it (1–4; 3 and 4 count as high). A partner’s dependency is the highest over its resources.',
  'report.dependency.none': 'No resources assessed yet.',
  'report.dependency.partner': 'Partner',
  'report.dependency.resources': 'Resources (importance / replaceable)',
  'report.dependency.dependency': 'Dependency',
  'report.dependency.ring': 'Ring now',
  'report.dependency.suggested': 'Suggested ring',
  'report.dependency.resource': '{kind}: {importance}\u00a0/\u00a0{replaceability}',
  'report.dependency.elsewhere': 'Not in the suggested ring',
  'report.dependency.or': 'or',

  'report.governance.title': 'Network type: advice',
  'report.governance.chosen': 'Chosen form: {form}.',
  'report.governance.notChosen': 'No form chosen yet.',
  'report.governance.criterion': 'Criterion',
  'report.governance.fitRow': 'Fits',
  'report.governance.fits': 'fits',
  'report.governance.reasoning': 'Reasoning',
  'report.governance.explain':
    'Each form scores one point for every criterion where your network’s value is the one under which that form works best (Provan & Kenis 2008), and half a point where it is one level off; the best score among the forms not ruled out is the advice. Criteria not estimated count for no form.',

  'report.team.title': 'Team roles',
  'report.team.none': 'No colleague has filled in the roles self-check.',
  'report.team.role': 'Role',
  'report.team.coveredBy': 'Covered by',
} as const;
