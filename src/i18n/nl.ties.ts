/** Nederlandse teksten van de vertrouwensbanden en wat de bestuursadviseur eruit afleidt (zelfde sleutels als en.ties.ts). */
import type { enTies } from './en.ties';

export const nlTies: Readonly<Record<keyof typeof enTies, string>> = {
  'ties.legend': 'Banden',
  'ties.kind.works': 'Werkt goed samen met',
  'ties.kind.trusts': 'Vertrouwt',
  'ties.kind.conflict': 'Conflict',
  'ties.hide': 'Banden verbergen',
  'ties.show': 'Banden tonen',
  'ties.hidden': 'Banden verborgen ({count})',
  'ties.imageHidden': 'De banden zijn verborgen op de kaart, dus de afbeelding laat ze weg. Toon ze op de kaart om ze mee te tekenen.',

  'ties.title': 'Banden',
  'ties.intro': 'Wie werkt goed samen met of vertrouwt wie? Sleep van het bolletje aan de rechterrand van een partner naar een andere partner, of voeg hier een band toe.',
  'ties.notOnMap': 'Zet deze partner op de kaart om hem met anderen te verbinden.',
  'ties.none': 'Nog geen banden.',
  'ties.with': 'Band met',
  'ties.kind': 'Soort',
  'ties.note': 'Notitie bij de band met {name}',
  'ties.add': 'Band toevoegen',
  'ties.choose': 'Kies een partner',
  'ties.delete': 'Verwijderen',
  'ties.deleteLabel': 'De band met {name} verwijderen',
  'ties.exists': '{name} heeft al een band met {other}: verander de soort in de lijst.',
  'ties.kindOf': 'Soort van de band met {name}',

  'governance.measured.title': 'Vertrouwen uit de banden',
  'governance.measured.none':
    'Nog geen banden “werkt goed samen met” of “vertrouwt” tussen de partners aan tafel: de adviseur gebruikt jullie inschatting van het vertrouwen. Teken de banden op de kaart om het te meten.',
  'governance.measured.replaces': 'Gemeten uit de banden; dat vervangt jullie inschatting van het vertrouwen.',
  'governance.measured.density': 'Dichtheid: {density} ({ties} van {possible} mogelijke paren) — {level}',
  'governance.measured.centralisation': 'Centralisatie: {value}',
  'governance.measured.centre': 'Meeste banden: {name} ({degree})',
  'governance.measured.candidateLead': 'Kandidaat-leidersorganisatie: {name}',
  'governance.measured.how': 'Hoe het gemeten wordt',
  'governance.measured.which':
    'Geteld: banden “werkt goed samen met” en “vertrouwt” tussen partners aan tafel (kern- en complementaire ring), elk paar één keer, in welke richting ook; conflicten tellen niet mee. Dichtheid = verbonden paren / mogelijke paren; centralisatie volgens Freeman (1979): 1 als alle banden via één partner lopen, 0 als elke partner er evenveel heeft. Hoge dichtheid vanaf {high}, gemiddeld vanaf {moderate}, gecentraliseerd vanaf {centralised}: een ontwerpkeuze van Arena.',
  'governance.estimateUnused': 'Niet gebruikt zolang het vertrouwen uit de banden gemeten wordt.',

  'governance.ruledOut': 'Valt af: meer dan {max} partners aan tafel.',
  'governance.measuredMark': 'gemeten uit de banden',
  'governance.reasoning': 'Hoe het advies tot stand komt',
  'governance.reason.thin': 'Te weinig om te adviseren: {known} van de 4 criteria zijn gekend; Arena adviseert vanaf {min}.',
  'governance.reason.sharedRuledOut':
    'Gedeeld bestuur valt af: met {participants} partners aan tafel (meer dan {max}) wordt het onwerkbaar, hoe goed de andere criteria ook passen (Provan & Kenis 2008: gedeeld bestuur werkt met weinig deelnemers, tot ongeveer 6 à 8).',
  'governance.reason.trustMeasured': 'Het vertrouwen is gemeten uit {ties} banden: een dichtheid van {density} telt als {level}.',
  'governance.reason.trustCentralised':
    'Het vertrouwen loopt via {name} (centralisatie {centralisation}): het patroon van een leidersorganisatienetwerk, “lage dichtheid, sterk gecentraliseerd”, met {name} als kandidaat-leider.',
  'governance.reason.trustNotCentralised':
    'Het vertrouwen is niet op één partner gecentraliseerd (centralisatie {centralisation}): een leidersorganisatie vraagt dat partners wie stuurt vertrouwen, dus een lage dichtheid past er maar half bij.',
  'governance.reason.closest':
    'De niveaus zijn geordend (hoog, eerder hoog, eerder laag, laag): een waarde één stap naast de cel van een vorm telt half, twee stappen niets, dus wint wat het dichtst past, niet alleen een exacte overeenkomst.',
};
