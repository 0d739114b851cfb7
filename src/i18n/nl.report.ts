import type { enReport } from './en.report';

/** Dutch (Flemish) messages of the A4 report: exactly the keys of en.report.ts. */
export const nlReport: Record<keyof typeof enReport, string> = {
  'report.section': 'Rapport (A4, om af te drukken of als pdf)',
  'report.hint':
    'Een document voor het college of de gemeenteraad: de kaart op een eigen pagina, de samenstelling, de waarschuwingen met wat de groep besliste, de acties, de afhankelijkheid en het advies over het netwerktype. Druk het af, of bewaar het als pdf in het afdrukvenster.',
  'report.teamHint': 'De teamrollen staan er alleen in als het vakje hieronder aangevinkt is.',
  'report.open': 'Rapport openen',

  'report.toolbar': 'Rapport',
  'report.print': 'Afdrukken of als pdf bewaren',
  'report.close': 'Rapport sluiten',
  'report.printHint': 'Kies in het afdrukvenster “Opslaan als pdf” als printer. A4, staand.',
  'report.preparing': 'De kaart wordt getekend…',

  'report.cover.kind': 'Arena-analyse',
  'report.cover.goal': 'Doel',
  'report.cover.date': 'Datum',
  'report.cover.strategic': 'Strategische vraag',
  'report.cover.unanswered': 'Nog niet beantwoord.',
  'report.cover.mandated': 'Verplicht netwerk',
  'report.cover.mandatedYes': 'Opgelegd door een decreet, niet lokaal opgezet.',
  'report.cover.atTable': 'Partners aan tafel (kern en complementair)',
  'report.cover.onMap': 'Partners op de kaart',
  'report.cover.openWarnings': 'Open waarschuwingen',
  'report.cover.actions': 'Acties',
  'report.footer': 'Gemaakt met Arena op {date}',

  'report.map.title': 'De kaart',
  'report.map.caption':
    'Het doel in het midden; van binnen naar buiten de kern, de complementaire partners, de context en, buiten de stippellijn, partners die (nog) niet relevant zijn.',
  'report.map.alt': 'De arenakaart van “{title}”: het doel in het midden, de partners op hun ringen.',
  'report.map.unplaced': 'Nog niet op de kaart ({count}): {names}.',
  'report.map.failed': 'De kaart kon niet getekend worden: {reason}',

  'report.composition.intro':
    'Alleen de partners aan tafel tellen (kern en complementair): het deel van hen dat elke expertise, werkstijl en elk perspectief inbrengt. Een partner met meerdere expertises telt voor elk ervan.',
  'report.composition.none': 'Nog niemand aan tafel.',
  'report.composition.diversity':
    'Variatie in expertise {score} (0 = allemaal dezelfde, 1 = gelijk verdeeld over de {vocabularySize} soorten expertise).',

  'report.findings.title': 'Waarschuwingen en wat de groep besliste',
  'report.findings.open': 'Open waarschuwingen ({count})',
  'report.findings.accepted': 'Bewust aanvaard ({count})',
  'report.findings.notes': 'Opmerkingen ({count})',
  'report.findings.why': 'Waarom',
  'report.findings.suggestion': 'Wat je kan doen',
  'report.findings.reason': 'De reden van de groep',
  'report.findings.noReason': 'Geen reden genoteerd.',
  'report.findings.tooFew': 'De controles van de samenstelling beginnen vanaf {min} partners aan tafel; deze arena heeft er {count}.',
  'report.findings.source': 'Bron',

  'report.actions.title': 'Acties en de participatieladder',
  'report.actions.intro': 'Per actie de trede van elke partner op de participatieladder: beslist mee, werkt mee, denkt mee, weet mee.',
  'report.actions.none': 'Nog geen acties genoteerd.',
  'report.actions.nobody': 'Nog geen enkele partner is bij deze actie betrokken.',
  'report.actions.partner': 'Partner',
  'report.actions.ring': 'Ring',
  'report.actions.involvement': 'Betrokkenheid',
  'report.actions.notInvolved': 'Aan tafel, in geen enkele actie: {names}.',

  'report.dependency.title': 'Afhankelijkheid van partners',
  'report.dependency.intro':
    'Uit het werkblad van de arena-analyse: voor elk middel dat een partner inbrengt, hoe belangrijk het is voor het doel en hoe makkelijk een andere organisatie het kan leveren (1–4; 3 en 4 tellen als hoog). De afhankelijkheid van een partner is de hoogste over zijn middelen.',
  'report.dependency.none': 'Nog geen middelen beoordeeld.',
  'report.dependency.partner': 'Partner',
  'report.dependency.resources': 'Middelen (belang / vervangbaar)',
  'report.dependency.dependency': 'Afhankelijkheid',
  'report.dependency.ring': 'Ring nu',
  'report.dependency.suggested': 'Voorgestelde ring',
  'report.dependency.resource': '{kind}: {importance}\u00a0/\u00a0{replaceability}',
  'report.dependency.elsewhere': 'Niet in de voorgestelde ring',
  'report.dependency.or': 'of',

  'report.governance.title': 'Netwerktype: advies',
  'report.governance.chosen': 'Gekozen vorm: {form}.',
  'report.governance.notChosen': 'Nog geen vorm gekozen.',
  'report.governance.criterion': 'Criterium',
  'report.governance.fitRow': 'Past',
  'report.governance.fits': 'past',
  'report.governance.reasoning': 'Redenering',
  'report.governance.explain':
    'Elke vorm krijgt een punt voor elk criterium waar de waarde van je netwerk die is waaronder die vorm het best werkt (Provan & Kenis 2008), en een half punt waar ze één niveau verschilt; de hoogste score van de vormen die niet uitgesloten zijn, is het advies. Criteria die niet ingeschat zijn, tellen voor geen enkele vorm.',

  'report.team.title': 'Teamrollen',
  'report.team.none': 'Nog geen collega heeft de zelftest van de rollen ingevuld.',
  'report.team.role': 'Rol',
  'report.team.coveredBy': 'Opgenomen door',
};
