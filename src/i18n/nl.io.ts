import type { enIo } from './en.io';

/**
 * Nederlandse (Vlaamse) teksten voor importeren en exporteren. Zelfde sleutels en `{placeholders}` als
 * en.io.ts. `{field}` is de technische veldnaam uit het bestand (bv. `title`), `{expected}` een
 * `io.expected.<soort>`-tekst: "{field} moet {expected} zijn".
 */
export const nlIo: Record<keyof typeof enIo, string> = {
  // het bestand lezen
  'io.error.tooLarge': 'Dit bestand is groter dan {maxMb} MB, te groot voor een arenabestand.',
  'io.error.empty': 'Dit bestand is leeg.',
  'io.error.readFailed': 'Het bestand kon niet gelezen worden. Misschien is het verplaatst of verwijderd.',
  'io.error.isJpeg': 'Dit is een JPEG-afbeelding, geen arenabestand.',
  'io.error.isGif': 'Dit is een GIF-afbeelding, geen arenabestand.',
  'io.error.isWebp': 'Dit is een WebP-afbeelding, geen arenabestand.',
  'io.error.isPdf': 'Dit is een PDF-document, geen arenabestand.',
  'io.error.isZip': 'Dit is een ZIP-archief (of een Office-document), geen arenabestand.',
  'io.error.notUtf8': 'Dit bestand is geen UTF-8-tekst, dus het is geen arenabestand.',
  // JSON
  'io.error.notJson': 'Dit is geen arenabestand: het bevat geen JSON.',
  'io.error.jsonSyntax':
    'Regel {line}, kolom {column}: geen geldige JSON. Het bestand is beschadigd of werd met de hand aangepast.',
  'io.error.jsonTruncated':
    'Het bestand stopt te vroeg (regel {line}): het werd waarschijnlijk afgebroken tijdens het bewaren, downloaden of kopiëren.',
  'io.error.tooDeep': 'Dit bestand is meer dan {max} niveaus diep genest, wat een arenabestand nooit is.',
  'io.error.forbiddenKey': 'Dit bestand bevat een veld met de naam "{key}", dat niet in een arenabestand mag staan.',
  'io.error.duplicateKey': 'Regel {line}: het veld "{key}" komt twee keer voor op dezelfde plaats.',
  // omslag en versie
  'io.error.notArena': 'Dit is een JSON-bestand, maar geen arena.',
  'io.error.noArenaData': 'Dit bestand zegt dat het een arena is, maar bevat geen arenagegevens.',
  'io.error.badVersion': 'Dit arenabestand heeft geen geldig versienummer.',
  'io.error.newerVersion':
    'Dit bestand werd gemaakt met een nieuwere versie van Arena (versie {version}); deze app leest tot versie {supported}. Werk Arena bij om het te openen.',
  'io.error.versionMismatch':
    'Dit arenabestand spreekt zichzelf tegen: het bestand zegt versie {fileVersion}, de arena erin zegt {arenaVersion}.',
  'io.error.migrationFailed': 'Dit arenabestand (versie {version}) kon niet bijgewerkt worden.',
  'io.error.fileField': 'Het veld {field} van het bestand moet {expected} zijn.',
  // de inhoud van de arena
  'io.error.arenaMissing': 'De arena heeft geen veld {field}.',
  'io.error.arenaField': 'Het veld {field} van de arena moet {expected} zijn.',
  'io.error.arenaTooLong': 'Het veld {field} van de arena is langer dan {max} tekens.',
  'io.error.tooManyPartners': 'Deze arena heeft {count} partners; er zijn er hoogstens {max} toegelaten.',
  'io.error.partnerInvalid': 'Partner {n} is geen geldige partner.',
  'io.error.partnerNoName': 'Partner {n} heeft geen naam.',
  'io.error.partnerMissing': 'Partner {n} heeft geen veld {field}.',
  'io.error.partnerField': 'Partner {n}: {field} moet {expected} zijn.',
  'io.error.partnerTooLong': 'Partner {n}: {field} is langer dan {max} tekens.',
  'io.error.partnerTooManyTags': 'Partner {n}: {field} heeft meer dan {max} labels.',
  'io.error.partnerIdMismatch': 'Partner {n} is bewaard onder "{key}", maar zijn id is "{id}".',
  'io.error.duplicatePartnerId': 'Twee partners hebben hetzelfde id "{id}".',
  'io.error.tagInvalid': 'Eigen label {n} is geen geldig label.',
  'io.error.tagNoLabel': 'Eigen label {n} heeft geen naam.',
  'io.error.tagMissing': 'Eigen label {n} heeft geen veld {field}.',
  'io.error.tagField': 'Eigen label {n}: {field} moet {expected} zijn.',
  'io.error.tagTooLong': 'Eigen label {n}: {field} is langer dan {max} tekens.',
  'io.error.tagIdMismatch': 'Eigen label {n} is bewaard onder "{key}", maar zijn id is "{id}".',
  'io.error.duplicateTagId': 'Twee eigen labels hebben hetzelfde id "{id}".',
  'io.error.acknowledgementInvalid': 'Aanvaarde melding {n} is niet geldig.',
  'io.error.acknowledgementMissing': 'Aanvaarde melding {n} heeft geen veld {field}.',
  'io.error.acknowledgementField': 'Aanvaarde melding {n}: {field} moet {expected} zijn.',
  'io.error.acknowledgementTooLong': 'Aanvaarde melding {n}: {field} is langer dan {max} tekens.',
  'io.error.acknowledgementIdMismatch': 'Aanvaarde melding {n} is bewaard onder "{key}", maar het id ervan is "{id}".',
  'io.error.duplicateAcknowledgementId': 'Twee aanvaarde meldingen hebben hetzelfde id "{id}".',
  'io.error.invalid': 'Dit arenabestand is niet geldig ({path}).',
  // PNG
  'io.error.notPng': 'Dit is geen PNG-afbeelding.',
  'io.error.pngTruncated': 'Deze afbeelding is onvolledig: ze werd afgebroken, misschien tijdens het downloaden of kopiëren.',
  'io.error.pngCorrupt':
    'Deze afbeelding is beschadigd (een controlesom klopt niet), dus de arena erin is niet betrouwbaar.',
  'io.error.pngNoArena': 'Deze afbeelding bevat geen arena.',
  'io.error.pngArenaCorrupt': 'De arena in deze afbeelding is beschadigd.',
  'io.error.pngArenaTooLarge': 'De arena in deze afbeelding is groter dan {maxMb} MB.',
  'io.error.unknown': 'Dit bestand kon niet geopend worden.',

  // wat een veld moet zijn ({expected} hierboven)
  'io.expected.text': 'tekst',
  'io.expected.id': 'een niet-leeg id',
  'io.expected.date': 'een datum en tijd (ISO 8601)',
  'io.expected.integer': 'een geheel getal',
  'io.expected.tagList': 'een lijst van labelsleutels',
  'io.expected.tagKeyOrEmpty': 'een labelsleutel of null',
  'io.expected.pointOrEmpty': 'een punt {x, y} of null',
  // de letterlijke waarden in het bestand, dus niet vertaald
  'io.expected.attribute': '"expertise", "style" of "perspective"',
  'io.expected.records': 'een verzameling records (een JSON-object)',
  'io.expected.valid': 'geldig',

  // kolomkoppen van de CSV (partnersToCsv labels.column)
  'io.csv.name': 'Naam',
  'io.csv.type': 'Type',
  'io.csv.ring': 'Ring',
  'io.csv.expertise': 'Expertise',
  'io.csv.style': 'Stijl',
  'io.csv.perspective': 'Perspectief',
  'io.csv.notes': 'Notities',
};
