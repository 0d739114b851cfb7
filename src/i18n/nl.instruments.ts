import type { InstrumentKey } from './en.instruments';

/** Nederlandse (Vlaamse) teksten van de regie-instrumenten: dezelfde sleutels als en.instruments.ts. */
export const nlInstruments: Record<InstrumentKey, string> = {
  'instr.heading': 'Regie-instrumenten',
  'instr.intro': 'Hoe het lokaal bestuur deze partner stuurt, van weinig tot veel doorzettingsmacht.',
  'instr.none': 'Nog geen instrument: enkel wat je in gesprek afspreekt.',
  'instr.add': 'Instrument toevoegen',
  'instr.name': 'Instrument',
  'instr.namePlaceholder': 'bv. subsidieovereenkomst 2025–2027',
  'instr.type': 'Soort instrument',
  'instr.notes': 'Opmerkingen',
  'instr.remove': 'Instrument {name} verwijderen',
  'instr.removeShort': 'Verwijderen',
  'instr.nameEmpty': 'Geef het instrument een naam.',
  'instr.nameTooLong': 'Die naam is te lang.',
  'instr.type.communicative': 'Communicatief',
  'instr.type.market': 'Markt',
  'instr.type.juridical': 'Juridisch',
  'instr.type.hierarchical': 'Hiërarchisch',
  'instr.typeHint.communicative': 'overtuigen met visie, argumenten, gedeelde analyses; geen formele macht',
  'instr.typeHint.market': 'subsidies, premies, bestekken: een klant-leveranciersrelatie',
  'instr.typeHint.juridical': 'verplichtingen uit wet of regelgeving: decreten, erkenning, vergunningen',
  'instr.typeHint.hierarchical': 'eigen diensten van het bestuur of entiteiten die het controleert (naam van Arena)',

  'sheet.tab': 'Instrumenten',
  'sheet.title': 'Fiches van de instrumenten',
  'sheet.intro':
    'Per instrument een korte beoordeling door de groep: wat het moet bereiken, of het gebruikt wordt, wat het doet met de relatie, of de lokale context alternatieven heeft, en wat je ermee doet.',
  'sheet.empty': 'Nog geen regie-instrumenten. Voeg ze per partner toe bij de details van de partner.',
  'sheet.steers': '{type} · stuurt {partner}',
  'sheet.aim': 'Wat moet het bereiken?',
  'sheet.uptake': 'Wordt het gebruikt?',
  'sheet.uptake.used': 'Gebruikt',
  'sheet.uptake.partly': 'Deels',
  'sheet.uptake.unused': 'Nauwelijks gebruikt',
  'sheet.relation': 'Effect op de relatie',
  'sheet.relation.better': 'Beter',
  'sheet.relation.unchanged': 'Onveranderd',
  'sheet.relation.worse': 'Slechter',
  'sheet.alternatives': 'Wie kan het hier nog leveren?',
  'sheet.alternatives.none': 'Niemand anders',
  'sheet.alternatives.one': 'Eén andere',
  'sheet.alternatives.several': 'Meerdere andere',
  'sheet.verdict': 'Oordeel',
  'sheet.verdict.keep': 'Behouden',
  'sheet.verdict.adjust': 'Bijsturen',
  'sheet.verdict.replace': 'Vervangen',
  'sheet.notAnswered': 'Niet beantwoord',
  'sheet.open': '{partner} openen',
  'sheet.inImage': 'Met de fiches van de instrumenten',
  'sheet.imageTitle': 'Regie-instrumenten',

  'tie.works': 'werkt goed samen met {other}',
  'tie.trusts': 'vertrouwt {other}',
  'tie.conflict': 'in conflict met {other}',

  'rule.marketWithoutMarket.title': 'Marktsturing zonder markt: {partner}',
  'rule.marketWithoutMarket.why':
    '{partner} wordt gestuurd met een marktinstrument (subsidie, premie, bestek), maar is hier moeilijk te vervangen (als enige aan tafel met een expertise of het perspectief van de gebruiker, nauwelijks vervangbare middelen, of niemand anders kan het leveren). Op een bestek of premie tekent misschien enkel deze partner in.',
  'rule.marketWithoutMarket.suggestion':
    'Overweeg een afspraak met {partner} zelf (communicatieve sturing, een convenant) in plaats van een bestek, of zoek andere organisaties die het kunnen leveren.',
  'rule.marketWithoutMarket.source':
    'Basisartikel: “een bestek waar enkel die organisatie op intekent die een lokaal bestuur net graag wilde vervangen”; “als er één partner is met een bepaalde expertise of toegang tot de doelgroep, ga je daar anders mee om”.',
  'rule.heavySteering.title': 'Meer doorzettingsmacht dan nodig? {partner}',
  'rule.heavySteering.why':
    '{partner} wordt juridisch of hiërarchisch gestuurd, maar staat bij de contextactoren of bij niet relevant, of het netwerk hangt niet af van wat de partner inbrengt. Te sterk willen sturen kan de relatie met een partner schaden.',
  'rule.heavySteering.suggestion': 'Bekijk of een lichter instrument volstaat voor {partner}: overtuigen, of een financiële stimulans.',
  'rule.heavySteering.source':
    'Basisartikel: “gebruik niet meer doorzettingsmacht dan nodig. Te sterk willen sturen kan een negatief effect hebben op de relatie met een partner.” Waar de grens ligt (vanaf juridisch) is een keuze van Arena.',
  'rule.coreWithoutInstrument.title': 'Een kernpartner zonder instrument: {partner}',
  'rule.coreWithoutInstrument.why':
    'Het netwerk hangt sterk af van {partner}, maar geen enkel regie-instrument stuurt die partner. Als de partner niet meewerkt, kan het bestuur niet ingrijpen.',
  'rule.coreWithoutInstrument.suggestion':
    'Noteer hoe je {partner} stuurt (ook communicatieve sturing is een instrument), of aanvaard deze opmerking als dat een keuze is.',
  'rule.coreWithoutInstrument.source':
    'Basisartikel: “te weinig sturen leidt ertoe dat je het beoogde resultaat niet haalt”. Pas beoordeeld zodra de arena een instrument heeft: een keuze van Arena.',
};
