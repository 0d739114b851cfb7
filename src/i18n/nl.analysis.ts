import type { enAnalysis } from './en.analysis';

/**
 * Nederlandse (Vlaamse) teksten van de bevindingen over de samenstelling. Zelfde sleutels en dezelfde
 * `{placeholders}` als en.analysis.ts (zie daar wat de UI invult). `{category}`, `{attribute}` en
 * `{missing}` komen in kleine letters binnen, behalve `{category}` in de titels.
 *
 * Toon: pragmatisch, niet moraliserend. "VVSG (Lokaal 04/2020)" is het artikel "Durf lokaal meer sociaal
 * doen" waarop Arena steunt (in en.analysis.ts: "Seed").
 */
export const nlAnalysis: Record<keyof typeof enAnalysis, string> = {
  'severity.info': 'Opmerking',
  'severity.warning': 'Waarschuwing',
  'severity.severe': 'Ernstig',

  'analysis.title': 'Samenstelling',
  'analysis.or': 'of',
  'analysis.none': 'Geen opmerkingen over de samenstelling.',
  'analysis.tooFew':
    'Arena bekijkt de samenstelling vanaf {min} partners aan tafel. Sleep partners naar de ring van de kernactoren of de complementaire actoren.',
  'analysis.counting':
    'Alleen partners aan tafel tellen mee: die in de ring van de kernactoren en de complementaire actoren. Een partner met meerdere expertiselabels telt voor elk ervan volledig mee wanneer Arena zoekt naar een eenzijdige tafel, dus de aandelen kunnen samen meer dan 100 % zijn. Voor de variatiescore wordt zijn gewicht gelijk verdeeld over zijn labels. Partners zonder label tellen niet mee in de cijfers van dat kenmerk; ze staan in een aparte opmerking.',
  'analysis.diversity': 'Variatie in expertise',
  'analysis.diversity.how':
    'Blau-index, herschaald van 0 (iedereen in één categorie) tot 1 (gelijk gespreid over alle {vocabularySize} categorieën).',

  'rule.oneSidedExpertise.title': 'Eenzijdige expertise: {category}',
  'rule.oneSidedExpertise.why':
    'Een hamer ziet alleen spijkers: met vooral partners uit {category} aan tafel ({share}) dreigt de doelstelling alleen als een kwestie van {category} bekeken te worden.',
  'rule.oneSidedExpertise.suggestion': 'Voeg een partner toe met expertise in {missing}.',
  'rule.oneSidedExpertise.source':
    'VVSG (Lokaal 04/2020): de samenstelling bepaalt mee de doelstelling. Drempels: Kanter (1977), scheve (≥ 65 %) en sterk scheve (≥ 85 %) groepen; de exacte getallen zijn een ontwerpkeuze van Arena.',

  'rule.oneSidedStyle.title': 'Eén werkstijl: {category}',
  'rule.oneSidedStyle.why':
    'De meeste partners aan tafel werken op dezelfde manier ({category}, {share}). Een hulpverlener ziet een nood aan hulpverlening, iemand van veiligheid een veiligheidsprobleem; één stijl ziet één soort oplossing.',
  'rule.oneSidedStyle.suggestion': 'Voeg een partner toe die anders werkt, bijvoorbeeld {missing}.',
  'rule.oneSidedStyle.source':
    'VVSG (Lokaal 04/2020): verschillende achtergronden werken beter, in expertise en in stijl. Drempels: Kanter (1977), scheve (≥ 65 %) en sterk scheve (≥ 85 %) groepen; de exacte getallen zijn een ontwerpkeuze van Arena.',

  'rule.missingUserPerspective.title': 'Geen perspectief van gebruiker of bewoner',
  'rule.missingUserPerspective.why':
    'Niemand aan tafel spreekt voor de mensen over wie de doelstelling gaat. Zonder hen beslist het netwerk alleen vanuit de kant van de aanbieders wat gebruikers nodig hebben.',
  'rule.missingUserPerspective.suggestion': 'Voeg een partner toe die spreekt voor bewoners of gebruikers.',
  'rule.missingUserPerspective.source':
    'VVSG (Lokaal 04/2020): het perspectief van de gebruiker mag je niet vergeten.',

  'rule.lowVariety.title': 'Weinig variatie in expertise',
  'rule.lowVariety.why':
    'De expertise aan tafel zit in weinig categorieën samen (variatie {score}, onder {threshold}). Problemen die over domeinen heen gaan, worden dan door een smalle bril bekeken.',
  'rule.lowVariety.suggestion': 'Voeg een partner toe met expertise in {missing}.',
  'rule.lowVariety.source':
    'Blau-index (1977), gelezen als variatie (variety) volgens Harrison & Klein (2007), herschaald van 0 tot 1 over de beschikbare categorieën; de drempel 0,5 is een ontwerpkeuze van Arena.',

  'rule.token.title': 'Eén enkele stem: {category}',
  'rule.token.why':
    'Alleen {partner} brengt {category} aan tafel. Eén stem alleen wordt makkelijk genegeerd; vanaf een drietal begint ze mee te tellen.',
  'rule.token.suggestion':
    'Als {category} belangrijk is voor de doelstelling, voeg dan een of twee partners toe die het ook inbrengen, of zorg dat deze partner het woord krijgt.',
  'rule.token.source':
    'Kanter (1977) over tokens; Konrad, Kramer & Erkut (2008): één is een token, vanaf ongeveer drie is er een kritische massa.',

  'rule.goalTooBroad.title': 'Doelstelling mogelijk te breed',
  'rule.goalTooBroad.why':
    'Er zitten {atTable} partners uit {domains} domeinen aan tafel, maar de doelstelling noemt geen concreet resultaat. Bij een brede doelstelling is iedereen akkoord en komt niemand in beweging; partners moeten er hun eigen rol in zien.',
  'rule.goalTooBroad.suggestion':
    'Maak de doelstelling concreet (wat verandert er, voor wie, tegen wanneer), of splits ze op in acties met elk hun eigen partners.',
  'rule.goalTooBroad.how':
    'Een controle op de kaart alleen: ze slaat aan als minstens {minPartners} partners aan tafel zitten, die samen minstens {minDomains} expertisecategorieën dekken, en de doelstelling leeg is of geen concreet resultaat noemt, dat wil zeggen: ze bevat geen getal (geen aantal, percentage, jaartal of datum) en is korter dan {minWords} woorden.',
  'rule.goalTooBroad.source':
    'VVSG (Lokaal 04/2020): doelstellingen zijn vaak te breed, met veel partners rond de tafel die niet tot actie komen. De getallen zijn een ontwerpkeuze van Arena.',

  'rule.untagged.title': 'Partners zonder {attribute}',
  'rule.untagged.why':
    '{untagged} van de {atTable} partners aan tafel hebben geen label voor {attribute}. Ze tellen niet mee in de controles op {attribute}, dus die kunnen ernaast zitten.',
  'rule.untagged.suggestion':
    'Geef ze een label, of aanvaard deze opmerking als hun {attribute} hier niet uitmaakt.',
  'rule.untagged.source': 'Arena: partners zonder label worden gemeld in plaats van stilzwijgend weggelaten.',
};
