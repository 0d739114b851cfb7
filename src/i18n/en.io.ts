/**
 * English texts of file import/export (src/io). Error texts are `io.error.<code>` for every ImportErrorCode
 * (src/io/errors.ts); `{expected}` is filled with an `io.expected.<kind>` text by `importErrorMessage`.
 * Texts are shown as plain text; values from the file (ids, field names) are clipped to 60 characters.
 */
export const enIo = {
  // reading the file
  'io.error.tooLarge': 'This file is larger than {maxMb} MB, too large to be an arena file.',
  'io.error.empty': 'This file is empty.',
  'io.error.readFailed': 'The file could not be read. It may have been moved or deleted.',
  'io.error.isJpeg': 'This is a JPEG image, not an arena file.',
  'io.error.isGif': 'This is a GIF image, not an arena file.',
  'io.error.isWebp': 'This is a WebP image, not an arena file.',
  'io.error.isPdf': 'This is a PDF document, not an arena file.',
  'io.error.isZip': 'This is a ZIP archive (or an Office document), not an arena file.',
  'io.error.notUtf8': 'This file is not UTF-8 text, so it is not an arena file.',
  // JSON
  'io.error.notJson': 'This is not an arena file: it does not contain JSON.',
  'io.error.jsonSyntax': 'Line {line}, column {column}: not valid JSON. The file is damaged or was edited by hand.',
  'io.error.jsonTruncated': 'The file stops too early (line {line}): it was probably cut off while saving, downloading or copying.',
  'io.error.tooDeep': 'This file is nested more than {max} levels deep, which an arena file never is.',
  'io.error.forbiddenKey': 'This file contains a field named "{key}", which an arena file may not contain.',
  'io.error.duplicateKey': 'Line {line}: the field "{key}" appears twice in the same place.',
  // envelope and version
  'io.error.notArena': 'This is a JSON file, but not an arena.',
  'io.error.noArenaData': 'This file says it is an arena, but holds no arena data.',
  'io.error.badVersion': 'This arena file has no valid version number.',
  'io.error.newerVersion':
    'This file was made by a newer version of Arena (version {version}); this app reads up to version {supported}. Update Arena to open it.',
  'io.error.versionMismatch':
    'This arena file contradicts itself: the file says version {fileVersion}, the arena in it says {arenaVersion}.',
  'io.error.migrationFailed': 'This arena file (version {version}) could not be brought up to date.',
  'io.error.fileField': "The file's {field} must be {expected}.",
  // the arena's content
  'io.error.arenaMissing': 'The arena has no {field}.',
  'io.error.arenaField': "The arena's {field} must be {expected}.",
  'io.error.arenaTooLong': "The arena's {field} is longer than {max} characters.",
  'io.error.tooManyPartners': 'This arena has {count} partners; at most {max} are allowed.',
  'io.error.partnerInvalid': 'Partner {n} is not a valid partner.',
  'io.error.partnerNoName': 'Partner {n} has no name.',
  'io.error.partnerMissing': 'Partner {n} has no {field}.',
  'io.error.partnerField': 'Partner {n}: {field} must be {expected}.',
  'io.error.partnerTooLong': 'Partner {n}: {field} is longer than {max} characters.',
  'io.error.partnerTooManyTags': 'Partner {n}: {field} has more than {max} tags.',
  'io.error.partnerIdMismatch': 'Partner {n} is stored under "{key}", but its id is "{id}".',
  'io.error.duplicatePartnerId': 'Two partners share the id "{id}".',
  'io.error.tagInvalid': 'Custom tag {n} is not a valid tag.',
  'io.error.tagNoLabel': 'Custom tag {n} has no label.',
  'io.error.tagMissing': 'Custom tag {n} has no {field}.',
  'io.error.tagField': 'Custom tag {n}: {field} must be {expected}.',
  'io.error.tagTooLong': 'Custom tag {n}: {field} is longer than {max} characters.',
  'io.error.tagIdMismatch': 'Custom tag {n} is stored under "{key}", but its id is "{id}".',
  'io.error.duplicateTagId': 'Two custom tags share the id "{id}".',
  'io.error.acknowledgementInvalid': 'Accepted finding {n} is not valid.',
  'io.error.acknowledgementMissing': 'Accepted finding {n} has no {field}.',
  'io.error.acknowledgementField': 'Accepted finding {n}: {field} must be {expected}.',
  'io.error.acknowledgementTooLong': 'Accepted finding {n}: {field} is longer than {max} characters.',
  'io.error.acknowledgementIdMismatch': 'Accepted finding {n} is stored under "{key}", but its id is "{id}".',
  'io.error.duplicateAcknowledgementId': 'Two accepted findings share the id "{id}".',
  'io.error.invalid': 'This arena file is not valid ({path}).',
  // PNG
  'io.error.notPng': 'This is not a PNG image.',
  'io.error.pngTruncated': 'This image is incomplete: it was cut off, perhaps during a download or copy.',
  'io.error.pngCorrupt': 'This image is damaged (a checksum does not match), so the arena in it cannot be trusted.',
  'io.error.pngNoArena': 'This image holds no arena.',
  'io.error.pngArenaCorrupt': 'The arena inside this image is damaged.',
  'io.error.pngArenaTooLarge': 'The arena inside this image is larger than {maxMb} MB.',
  'io.error.unknown': 'This file could not be opened.',

  // what a field must be ({expected} above)
  'io.expected.text': 'text',
  'io.expected.id': 'a non-empty id',
  'io.expected.date': 'a date and time (ISO 8601)',
  'io.expected.integer': 'a whole number',
  'io.expected.tagList': 'a list of tag keys',
  'io.expected.tagKeyOrEmpty': 'a tag key or null',
  'io.expected.pointOrEmpty': 'a point {x, y} or null',
  'io.expected.attribute': 'expertise, style or perspective',
  'io.expected.records': 'a set of records (a JSON object)',
  'io.expected.valid': 'valid',

  // CSV column headers (partnersToCsv labels.column)
  'io.csv.name': 'Name',
  'io.csv.type': 'Type',
  'io.csv.ring': 'Ring',
  'io.csv.expertise': 'Expertise',
  'io.csv.style': 'Style',
  'io.csv.perspective': 'Perspective',
  'io.csv.notes': 'Notes',
} as const;
