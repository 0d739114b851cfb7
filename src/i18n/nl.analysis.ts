import type { enAnalysis } from './en.analysis';

/**
 * Nederlandse (Vlaamse) teksten van de bevindingen over de samenstelling. Zelfde sleutels en dezelfde
 * `{placeholders}` als en.analysis.ts (zie daar wat de UI invult). Labels behouden hun eigen hoofdletters:
 * in een zin staat `{category}` tussen enkele aanhalingstekens (‘{category}’), `{missing}` komt al zo
 * binnen; `{attribute}` komt in kleine letters. Getallen en procenten komen in Nederlandse notatie (0,5; 67 %).
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
    'Alleen partners aan tafel tellen mee: die in de ring van de kernactoren en de complementaire actoren; voor een actie de partners die meebeslissen, meewerken of meedenken. Een partner met meerdere expertiselabels telt voor elk ervan volledig mee wanneer Arena zoekt naar een eenzijdige tafel, dus de aandelen kunnen samen meer dan 100 % zijn. Voor de variatiescore wordt zijn gewicht gelijk verdeeld over zijn labels. Partners zonder label tellen niet mee in de cijfers van dat kenmerk; ze staan in een aparte opmerking.',
  'analysis.diversity': 'Variatie in expertise',
  'analysis.diversity.how':
    'Blau-index, herschaald van 0 (iedereen in één categorie) tot 1 (gelijk gespreid over alle {vocabularySize} categorieën).',
  'analysis.quoted': '‘{label}’',
  'analysis.andMore': 'en nog {count}',

  'findings.moreWarnings.one': 'Nog 1 waarschuwing tonen',
  'findings.moreWarnings': 'Nog {count} waarschuwingen tonen',
  'findings.moreNotes.one': 'Nog 1 opmerking tonen',
  'findings.moreNotes': 'Nog {count} opmerkingen tonen',
  'findings.fewerWarnings': 'Minder waarschuwingen tonen',
  'findings.fewerNotes': 'Minder opmerkingen tonen',
  'findings.presentMore.one': 'en nog 1 waarschuwing',
  'findings.presentMore': 'en nog {count} waarschuwingen',

  'rule.oneSidedExpertise.title': 'Eenzijdige expertise: {category}',
  'rule.oneSidedExpertise.why':
    'Een hamer ziet alleen spijkers: met vooral partners uit ‘{category}’ aan tafel ({share}) dreigt de doelstelling alleen als een kwestie van ‘{category}’ bekeken te worden.',
  'rule.oneSidedExpertise.suggestion': 'Voeg een partner toe met expertise in {missing}.',
  'rule.oneSidedExpertise.source':
    'VVSG (Lokaal 04/2020): de samenstelling bepaalt mee de doelstelling. Drempels: Kanter (1977), scheve (≥ 65 %) en sterk scheve (≥ 85 %) groepen; de exacte getallen zijn een ontwerpkeuze van Arena.',
  'rule.oneSidedExpertise.action.title': 'In “{action}”: eenzijdige expertise ({category})',
  'rule.oneSidedExpertise.action.why':
    'Een hamer ziet alleen spijkers: met vooral partners uit ‘{category}’ in deze actie ({share}) dreigt ze alleen als een kwestie van ‘{category}’ bekeken te worden.',
  'rule.oneSidedExpertise.action.suggestion': 'Betrek een partner met expertise in {missing} bij deze actie.',

  'rule.oneSidedStyle.title': 'Eén werkstijl: {category}',
  'rule.oneSidedStyle.why':
    'De meeste partners aan tafel werken op dezelfde manier (‘{category}’, {share}). Een hulpverlener ziet een nood aan hulpverlening, iemand van veiligheid een veiligheidsprobleem; één stijl ziet één soort oplossing.',
  'rule.oneSidedStyle.suggestion': 'Voeg een partner toe die anders werkt, bijvoorbeeld {missing}.',
  'rule.oneSidedStyle.source':
    'VVSG (Lokaal 04/2020): verschillende achtergronden werken beter, in expertise en in stijl. Drempels: Kanter (1977), scheve (≥ 65 %) en sterk scheve (≥ 85 %) groepen; de exacte getallen zijn een ontwerpkeuze van Arena.',
  'rule.oneSidedStyle.action.title': 'In “{action}”: één werkstijl ({category})',
  'rule.oneSidedStyle.action.why':
    'De meeste partners in deze actie werken op dezelfde manier (‘{category}’, {share}). Eén stijl ziet één soort oplossing.',
  'rule.oneSidedStyle.action.suggestion': 'Betrek een partner die anders werkt, bijvoorbeeld {missing}.',

  'rule.missingUserPerspective.title': 'Geen perspectief van gebruiker of bewoner',
  'rule.missingUserPerspective.why':
    'Niemand aan tafel spreekt voor de mensen over wie de doelstelling gaat. Zonder hen beslist het netwerk alleen vanuit de kant van de aanbieders wat gebruikers nodig hebben.',
  'rule.missingUserPerspective.suggestion': 'Voeg een partner toe die spreekt voor bewoners of gebruikers.',
  'rule.missingUserPerspective.source':
    'VVSG (Lokaal 04/2020): het perspectief van de gebruiker mag je niet vergeten.',
  'rule.missingUserPerspective.action.title': 'In “{action}”: geen perspectief van gebruiker of bewoner',
  'rule.missingUserPerspective.action.why':
    'Niemand die aan deze actie meedoet, spreekt voor de mensen over wie ze gaat. Ze wordt dan alleen vanuit de kant van de aanbieders vormgegeven.',
  'rule.missingUserPerspective.action.suggestion':
    'Betrek een partner die spreekt voor bewoners of gebruikers, minstens om mee te denken.',

  'rule.lowVariety.title': 'Weinig variatie in expertise',
  'rule.lowVariety.why':
    'De expertise aan tafel zit in weinig categorieën samen (variatie {score}, onder {threshold}). Problemen die over domeinen heen gaan, worden dan door een smalle bril bekeken.',
  'rule.lowVariety.suggestion': 'Voeg een partner toe met expertise in {missing}.',
  'rule.lowVariety.source':
    'Blau-index (1977), gelezen als variatie (variety) volgens Harrison & Klein (2007), herschaald van 0 tot 1 over de beschikbare categorieën; de drempel 0,5 is een ontwerpkeuze van Arena.',
  'rule.lowVariety.action.title': 'In “{action}”: weinig variatie in expertise',
  'rule.lowVariety.action.why':
    'De expertise in deze actie zit in weinig categorieën samen (variatie {score}, onder {threshold}). Problemen die over domeinen heen gaan, worden dan door een smalle bril bekeken.',
  'rule.lowVariety.action.suggestion': 'Betrek een partner met expertise in {missing} bij deze actie.',

  'rule.token.title': 'Eenzame stemmen: {categories}',
  'rule.token.why':
    'Elk van deze wordt door maar één partner aan tafel ingebracht: {voices}. Eén stem alleen wordt makkelijk genegeerd; vanaf een drietal begint ze mee te tellen.',
  'rule.token.suggestion':
    'Is een ervan belangrijk voor de doelstelling, voeg dan een of twee partners toe die het ook inbrengen, of zorg dat die partner het woord krijgt.',
  'rule.token.source':
    'Kanter (1977) over tokens; Konrad, Kramer & Erkut (2008): één is een token, vanaf ongeveer drie is er een kritische massa. Arena zoekt ze alleen waar één categorie een meerderheid heeft (minstens de helft van de partners met een label, en minstens drie): aan een gevarieerde tafel is één partner per categorie gewoon variatie. Die meerderheid is een ontwerpkeuze van Arena.',
  'rule.token.one.title': 'Eenzame stem: {categories}',
  'rule.token.one.why':
    'Alleen {partner} brengt ‘{categories}’ aan tafel. Eén stem alleen wordt makkelijk genegeerd; vanaf een drietal begint ze mee te tellen.',
  'rule.token.one.suggestion':
    'Is het belangrijk voor de doelstelling, voeg dan een of twee partners toe die het ook inbrengen, of zorg dat {partner} het woord krijgt.',
  'rule.token.action.title': 'In “{action}”: eenzame stemmen ({categories})',
  'rule.token.action.why':
    'Elk van deze wordt in deze actie door maar één partner ingebracht: {voices}. Eén stem alleen wordt makkelijk genegeerd; vanaf een drietal begint ze mee te tellen.',
  'rule.token.action.suggestion':
    'Is een ervan belangrijk voor deze actie, betrek er dan een of twee partners bij die het ook inbrengen, of zorg dat die partner het woord krijgt.',
  'rule.token.action.one.title': 'In “{action}”: eenzame stem ({categories})',
  'rule.token.action.one.why':
    'In deze actie brengt alleen {partner} ‘{categories}’ in. Eén stem alleen wordt makkelijk genegeerd; vanaf een drietal begint ze mee te tellen.',
  'rule.token.action.one.suggestion':
    'Is het belangrijk voor deze actie, betrek er dan een of twee partners bij die het ook inbrengen, of zorg dat {partner} het woord krijgt.',

  'rule.goalTooBroad.title': 'Doelstelling mogelijk te breed',
  'rule.goalTooBroad.why':
    'Er zitten {atTable} partners uit {domains} domeinen aan tafel, maar de doelstelling noemt geen concreet resultaat. Bij een brede doelstelling is iedereen akkoord en komt niemand in beweging; partners moeten er hun eigen rol in zien.',
  'rule.goalTooBroad.suggestion':
    'Maak de doelstelling concreet (wat verandert er, voor wie, tegen wanneer), of splits ze op in acties met elk hun eigen partners.',
  'rule.goalTooBroad.how':
    'Ze slaat aan als minstens {minPartners} partners aan tafel zitten, die samen minstens {minDomains} expertisecategorieën dekken, en de doelstelling leeg is of geen concreet resultaat noemt, dat wil zeggen: ze bevat geen getal (geen aantal, percentage, jaartal of datum), is korter dan {minWords} woorden, en bij de strategische vraag staan niet zowel een resultaat als een termijn ingevuld.',
  'rule.goalTooBroad.source':
    'VVSG (Lokaal 04/2020): doelstellingen zijn vaak te breed, met veel partners rond de tafel die niet tot actie komen. De getallen zijn een ontwerpkeuze van Arena.',

  'rule.untagged.title': 'Partners zonder {attribute}',
  'rule.untagged.why':
    '{untagged} van de {atTable} partners aan tafel hebben geen label voor {attribute}. Ze tellen niet mee in de controles op {attribute}, dus die kunnen ernaast zitten.',
  'rule.untagged.suggestion':
    'Geef ze een label, of aanvaard deze opmerking als hun {attribute} hier niet uitmaakt.',
  'rule.untagged.source': 'Arena: partners zonder label worden gemeld in plaats van stilzwijgend weggelaten.',
  'rule.untagged.action.title': 'In “{action}”: partners zonder {attribute}',
  'rule.untagged.action.why':
    '{untagged} van de {atTable} partners die aan deze actie meedoen, hebben geen label voor {attribute}. Ze tellen niet mee in de controles op {attribute} van deze actie, dus die kunnen ernaast zitten.',

  'rule.strategicQuestion.title': 'Is er een netwerk nodig?',
  'rule.strategicQuestion.why':
    'De strategische vraag staat nog open: kan je dit alleen oplossen? Een netwerk levert pas na meer dan twee jaar ‘winst’ op, en drie op de vier netwerken mislukken.',
  'rule.strategicQuestion.suggestion':
    'Beantwoord ze eerst: kan het bestuur, of één partner, dit alleen oplossen? Schrijf dan op wat alleen een netwerk kan.',
  'rule.strategicQuestion.source':
    'VVSG (Lokaal 04/2020): weinig lokale besturen stellen de strategische vraag of een netwerk het zinvolste antwoord is; een netwerk levert pas na meer dan twee jaar winst op en drie op de vier mislukken.',
  'rule.strategicQuestion.alone.title': 'Je kan dit alleen oplossen',
  'rule.strategicQuestion.alone.why':
    'Je antwoordde dat je dit alleen kan oplossen. Als je iets alleen kan oplossen, doe het dan alleen: samenwerken is moeilijk, een netwerk levert pas na meer dan twee jaar winst op, en drie op de vier netwerken mislukken.',
  'rule.strategicQuestion.alone.suggestion':
    'Overweeg om het zonder netwerk aan te pakken, of schrijf op wat de partners toevoegen dat je zelf niet kan.',
  'rule.strategicQuestion.alone.source':
    'VVSG (Lokaal 04/2020): “als je iets alleen kan oplossen, doe het dan alleen”; een netwerk levert pas na meer dan twee jaar winst op en drie op de vier mislukken.',

  'rule.noAction.title': 'Aan tafel, maar in geen enkele actie',
  'rule.noAction.why':
    '{idle} van de {atTable} partners aan tafel hebben in geen van de {actions} acties een rol. Partners die hun rol niet zien, zitten aan tafel zonder in beweging te komen.',
  'rule.noAction.suggestion':
    'Geef ze een rol in een actie, of vraag je af of ze aan tafel moeten zitten: de ring van de contextactoren kan volstaan.',
  'rule.noAction.source':
    'VVSG (Lokaal 04/2020): brede doelstellingen brengen veel partners rond de tafel zonder ze tot actie aan te zetten; met een goede doelstelling zien partners welke rol ze spelen. Een waarschuwing vanaf de helft van de tafel, anders een opmerking: ontwerpkeuze van Arena.',

  'rule.actionWithoutDoers.title': 'Niemand draagt “{action}”',
  'rule.actionWithoutDoers.why':
    'Geen enkele partner beslist mee of werkt mee aan deze actie; partners denken hoogstens mee of worden op de hoogte gehouden. Een actie die niemand draagt, gebeurt niet.',
  'rule.actionWithoutDoers.suggestion': 'Duid minstens één partner aan die meebeslist of het werk mee doet.',
  'rule.actionWithoutDoers.source':
    'Participatieladder: meebeslissen, meewerken, meedenken, meeweten. VVSG (Lokaal 04/2020): partners moeten in beweging komen.',

  'rule.dependencyOutsideCore.title': 'Moeilijk te vervangen, maar buiten de kern: {partner}',
  'rule.dependencyOutsideCore.why':
    '{partner} brengt iets belangrijks in dat bijna geen andere organisatie kan leveren. Het netwerk is ervan afhankelijk, maar de partner staat buiten de kern.',
  'rule.dependencyOutsideCore.suggestion': 'Zet {partner} in de kern, of bekijk de scores van de middelen nog eens.',
  'rule.dependencyOutsideCore.source':
    'Werkblad arena-analyse (Arteveldehogeschool): belangrijk (3–4) en moeilijk te vervangen (1–2) betekent een grote afhankelijkheid, een kernactor.',

  'rule.coreWithoutDependency.title': 'In de kern zonder afhankelijkheid: {partner}',
  'rule.coreWithoutDependency.why':
    '{partner} staat in de kern, maar wat de partner inbrengt is niet belangrijk voor de doelstelling en anderen kunnen het ook leveren. Het werkblad plaatst zo’n partner bij de contextactoren.',
  'rule.coreWithoutDependency.suggestion':
    'Overweeg de ring van de contextactoren voor {partner}, of aanvaard deze opmerking als de partner om een andere reden in de kern hoort.',
  'rule.coreWithoutDependency.source':
    'Werkblad arena-analyse (Arteveldehogeschool): niet belangrijk (1–2) en makkelijk te vervangen (3–4) betekent geen afhankelijkheid, een contextactor of niet relevant.',

  'rule.governanceMismatch.title': 'Het netwerktype past misschien niet',
  'rule.governanceMismatch.why':
    '{chosen} past bij {chosenScore} van de {known} criteria die je nu kan beoordelen, {recommended} bij {bestScore} (één stap ernaast telt half). De vorm van een netwerk moet passen bij het vertrouwen, het aantal deelnemers, de doelconsensus en de competenties die het netwerk nodig heeft.',
  'rule.governanceMismatch.suggestion':
    'Overweeg {recommended}, of aanvaard dit als je bewust voor {chosen} kiest. Elke vorm maakt een afweging: efficiëntie tegenover inclusiviteit, interne tegenover externe legitimiteit, flexibiliteit tegenover stabiliteit.',
  'rule.governanceMismatch.source':
    'Provan & Kenis (2008), “Modes of network governance”. De grenzen voor het aantal deelnemers (weinig tot 8, gemiddeld 9–15, veel vanaf 16), een half punt één stap ernaast en minstens drie gekende criteria zijn een ontwerpkeuze van Arena.',
  'rule.governanceMismatch.participantLimit.why':
    '{chosen} werkt met tot 8 deelnemers (Provan & Kenis: ongeveer 6 à 8), niet {participants}. {recommended} past bij {bestScore} van de {known} criteria.',

  'rule.overlappingArena.title': 'Overlapt met “{other}”',
  'rule.overlappingArena.why':
    'Van de {union} partners aan de twee tafels zitten er {shared} aan beide ({similarity}), in verwante domeinen. Twee netwerken met dezelfde partners en bijna dezelfde doelstelling kosten iedereen dubbel zoveel vergaderingen.',
  'rule.overlappingArena.suggestion':
    'Leg de doelstellingen van beide netwerken naast elkaar: voeg ze samen, verdeel het werk duidelijk, of laat het ene het andere voeden.',
  'rule.overlappingArena.source':
    'VVSG (Lokaal 04/2020): netwerken met min of meer dezelfde doelstellingen en dezelfde partners aan tafel. Minstens de helft van de partners van beide tafels samen zit aan beide (Jaccard-gelijkenis), minstens 3, en verwante domeinen: ontwerpkeuze van Arena.',
  'rule.overlappingArena.mandated.title': 'Overlapt met “{other}” (gemandateerd netwerk)',
  'rule.overlappingArena.mandated.why':
    'Van de {union} partners aan de twee tafels zitten er {shared} aan beide ({similarity}), in verwante domeinen. Een van beide is een gemandateerd netwerk, opgelegd door een Vlaams decreet; zulke netwerken doorkruisen soms lokale netwerken en doen de samenwerking dan eerder achteruit- dan vooruitgaan.',
  'rule.overlappingArena.mandated.suggestion':
    'Bekijk of het ene netwerk de opdracht van het andere kan opnemen, zodat dezelfde partners niet twee keer samenkomen voor bijna hetzelfde doel.',
  'rule.overlappingArena.mandated.source':
    'VVSG (Lokaal 04/2020): Vlaams gemandateerde netwerken doorkruisen soms bestaande lokale netwerken, vaak met dezelfde partners aan tafel. Minstens de helft van de partners van beide tafels samen zit aan beide (Jaccard-gelijkenis), minstens 3, en verwante domeinen: ontwerpkeuze van Arena.',

  'governance.title': 'Netwerktype',
  'governance.form.shared': 'Gedeeld bestuur (door de deelnemers zelf)',
  'governance.form.lead': 'Leidersorganisatie',
  'governance.form.nao': 'Netwerkadministratieve organisatie (NAO)',
  'governance.criterion.trust': 'Vertrouwen',
  'governance.criterion.participants': 'Aantal deelnemers',
  'governance.criterion.consensus': 'Doelconsensus',
  'governance.criterion.competencies': 'Nood aan competenties op netwerkniveau',
  'governance.trust.high': 'Hoog',
  'governance.trust.moderate': 'Gemiddeld',
  'governance.trust.low': 'Laag',
  'governance.consensus.high': 'Hoog',
  'governance.consensus.moderatelyHigh': 'Eerder hoog',
  'governance.consensus.moderatelyLow': 'Eerder laag',
  'governance.consensus.low': 'Laag',
  'governance.competencies.low': 'Laag',
  'governance.competencies.moderate': 'Gemiddeld',
  'governance.competencies.high': 'Hoog',
  'governance.participants.few': 'Weinig (tot {max})',
  'governance.participants.moderate': 'Gemiddeld ({min}–{max})',
  'governance.participants.many': 'Veel ({min} of meer)',
  'governance.participants.count': '{count} partners aan tafel',
  'governance.table.shared.trust': 'Hoge dichtheid',
  'governance.table.shared.participants': 'Weinig (tot ongeveer 6–8)',
  'governance.table.shared.consensus': 'Hoog',
  'governance.table.shared.competencies': 'Laag',
  'governance.table.lead.trust': 'Lage dichtheid, sterk gecentraliseerd',
  'governance.table.lead.participants': 'Gemiddeld',
  'governance.table.lead.consensus': 'Eerder laag',
  'governance.table.lead.competencies': 'Gemiddeld',
  'governance.table.nao.trust': 'Gemiddelde dichtheid, de leden houden toezicht op de NAO',
  'governance.table.nao.participants': 'Gemiddeld tot veel',
  'governance.table.nao.consensus': 'Eerder hoog',
  'governance.table.nao.competencies': 'Hoog',
  'governance.bands':
    'Deelnemers zijn de partners aan tafel. Weinig: tot {few}; gemiddeld: {moderateMin}–{moderateMax}; veel: {manyMin} of meer. Provan & Kenis leggen de grens voor gedeeld bestuur rond 6 à 8 en geven geen getal voor “veel”; deze grenzen zijn een ontwerpkeuze van Arena.',
  'governance.consensusLow': 'Een lage doelconsensus telt half voor de leidersorganisatie (eerder laag).',
  'governance.advice.best': 'Past het best: {form}, {score} van de {known} criteria.',
  'governance.advice.tie': 'Gelijkspel: {forms} passen elk bij {score} van de {known} criteria.',
  'governance.advice.noFit': 'Geen van de vormen past bij wat je inschatte.',
  'governance.advice.unknown':
    'Schat het vertrouwen, de doelconsensus en de nood aan competenties op netwerkniveau in om de vormen te vergelijken.',
  'governance.fit.yes': 'De gekozen vorm past minstens even goed als elke andere.',
  'governance.fit.no': 'De gekozen vorm past bij minder criteria dan {recommended}.',
  'governance.matches': '{score} van de {known}',
  'governance.source':
    'Provan, K. G. & Kenis, P. (2008), “Modes of network governance: structure, management, and effectiveness”, Journal of Public Administration Research and Theory 18(2): 229–252.',
  'governance.tensions': 'Spanningen om af te wegen',
  'governance.tension.efficiencyInclusiveness.title': 'Efficiëntie tegenover inclusiviteit',
  'governance.tension.efficiencyInclusiveness.why':
    'Alles samen beslissen betrekt elke partner maar gaat traag; sturen via één organisatie gaat sneller maar laat partners buiten spel.',
  'governance.tension.internalExternalLegitimacy.title': 'Interne tegenover externe legitimiteit',
  'governance.tension.internalExternalLegitimacy.why':
    'Een netwerk moet geloofwaardig zijn voor zijn eigen leden én voor de buitenwereld (bestuur, financiers, bewoners); een vorm die het ene dient, kan het andere verzwakken.',
  'governance.tension.flexibilityStability.title': 'Flexibiliteit tegenover stabiliteit',
  'governance.tension.flexibilityStability.why':
    'Een lichte, gedeelde structuur past zich snel aan maar valt makkelijk uit elkaar; een leidersorganisatie of een NAO is stabieler maar stuurt trager bij.',

  'roles.title': 'Rollen in netwerkmanagement',
  'roles.intro':
    'Niemand is goed in alle rollen van netwerkmanagement. Elke collega geeft aan in welke uitspraken hij of zij zich herkent; het teamoverzicht toont welke rollen niemand opneemt.',
  'roles.name.operator': 'Netwerkoperator',
  'roles.name.promoter': 'Netwerkpromotor',
  'roles.name.visionKeeper': 'Visiebewaker',
  'roles.name.creativeThinker': 'Creatieve denker',
  'roles.name.champion': 'Netwerkkampioen',
  'roles.description.operator': 'Houdt het netwerk draaiende: agenda, verslag, interne communicatie.',
  'roles.description.promoter': 'Het gezicht van het netwerk, met het morele gezag om ervoor te spreken.',
  'roles.description.visionKeeper': 'Bewaakt de ambitie en houdt risico’s binnen en buiten het netwerk in het oog.',
  'roles.description.creativeThinker': 'Brengt ideeën, werkvormen en instrumenten aan.',
  'roles.description.champion': 'De netwerker met het adresboek, die mensen samenbrengt.',
  'roles.statement.operator.1': 'Ik zorg dat vergaderingen een duidelijke agenda hebben en dat het verslag nadien rondgaat.',
  'roles.statement.operator.2': 'Ik hou de partners tussen de vergaderingen op de hoogte.',
  'roles.statement.operator.3': 'Ik volg afspraken op tot ze uitgevoerd zijn.',
  'roles.statement.promoter.1': 'Ik vertegenwoordig het netwerk graag naar buiten, bijvoorbeeld bij het college of in de pers.',
  'roles.statement.promoter.2': 'Als ik voor het netwerk opkom, luisteren mensen.',
  'roles.statement.promoter.3': 'Ik kan partners en beleidsmakers overtuigen dat dit netwerk ertoe doet.',
  'roles.statement.visionKeeper.1': 'Ik breng het gesprek telkens terug naar wat het netwerk wil bereiken.',
  'roles.statement.visionKeeper.2': 'Ik merk snel wanneer het netwerk van zijn ambitie afdrijft.',
  'roles.statement.visionKeeper.3': 'Ik hou de risico’s in het oog, binnen het netwerk en errond, zoals nieuw beleid of wegvallende middelen.',
  'roles.statement.creativeThinker.1': 'Als het netwerk vastloopt, kom ik vaak met een nieuw idee.',
  'roles.statement.creativeThinker.2': 'Ik ken werkvormen en instrumenten die een groep in beweging krijgen.',
  'roles.statement.creativeThinker.3': 'Ik probeer graag eens een andere aanpak dan de gewone.',
  'roles.statement.champion.1': 'Ik ken in de meeste partnerorganisaties de juiste persoon.',
  'roles.statement.champion.2': 'Ik breng makkelijk mensen samen die elkaar nog niet kennen.',
  'roles.statement.champion.3': 'Ik investeer in contacten, ook als er geen directe aanleiding is.',
  'roles.scale.1': 'Helemaal niet akkoord',
  'roles.scale.2': 'Niet akkoord',
  'roles.scale.3': 'Neutraal',
  'roles.scale.4': 'Akkoord',
  'roles.scale.5': 'Helemaal akkoord',
  'roles.unanswered': 'Nog niet ingevuld',
  'roles.coveredBy': 'Opgenomen door {names}',
  'roles.uncovered': 'Niemand in het team neemt deze rollen op: {roles}.',
  'roles.allCovered': 'Elke rol wordt door iemand in het team opgenomen.',
  'roles.overloaded':
    '{name} neemt alle vijf de rollen op. Niemand is in alles goed; als één collega dat wel lijkt, komen de rollen meestal allemaal bij die ene persoon terecht. Verdeel ze.',
  'roles.how':
    'Een rol telt als opgenomen door een collega die het gemiddeld minstens {min} (“akkoord”) eens is met de drie uitspraken ervan, op een schaal van 1 tot 5. Dit is een korte zelftest van Arena op basis van de rolbeschrijvingen van de VVSG, niet de VVSG-test zelf; de drempel is een ontwerpkeuze.',
  'roles.source':
    'VVSG, “Mijn positie als netwerkmanager”; VVSG (Lokaal 04/2020): niemand is goed in alle aspecten van netwerkmanagement, en een test op dienstniveau toont welke profielen de dienst mist.',

  'overlap.title': "Overlappende arena’s",
  'overlap.none': "Geen arena’s overlappen.",
  'overlap.pair': '“{a}” en “{b}” delen {shared} partners: {jaccard} van alle partners aan hun twee tafels.',
  'overlap.everywhere': 'Partners aan meerdere tafels',
  'overlap.sitsIn': "Aan tafel in {count} arena’s",
  'overlap.how':
    "Twee arena’s overlappen als minstens de helft van de partners aan hun twee tafels samen aan beide zit (Jaccard-gelijkenis ≥ {minJaccard}), ze minstens {minShared} partners delen en hun domeinen verwant zijn (Jaccard van de expertiselabels ≥ {minDomainJaccard}, of geen van beide heeft expertiselabels). Partners worden op naam vergeleken, los van hoofdletters, accenten en spaties. De drempels zijn een ontwerpkeuze van Arena.",
};
