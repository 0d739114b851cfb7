/**
 * What went wrong while opening a file, as data: a code (its English text is `io.error.<code>` in
 * i18n/en.io.ts) and the values to fill in. Turn it into text with `importErrorMessage`.
 */
import { format } from '../i18n/format';

export const IMPORT_ERROR_CODES = [
  // reading the file
  'tooLarge',
  'empty',
  'readFailed',
  'isJpeg',
  'isGif',
  'isWebp',
  'isPdf',
  'isZip',
  'notUtf8',
  // JSON
  'notJson',
  'jsonSyntax',
  'jsonTruncated',
  'tooDeep',
  'forbiddenKey',
  'duplicateKey',
  // envelope and version
  'notArena',
  'noArenaData',
  'badVersion',
  'newerVersion',
  'versionMismatch',
  'migrationFailed',
  'fileField',
  // the arena's content
  'arenaMissing',
  'arenaField',
  'arenaTooLong',
  'tooManyPartners',
  'partnerInvalid',
  'partnerNoName',
  'partnerMissing',
  'partnerField',
  'partnerTooLong',
  'partnerTooManyTags',
  'partnerIdMismatch',
  'duplicatePartnerId',
  'tagInvalid',
  'tagNoLabel',
  'tagMissing',
  'tagField',
  'tagTooLong',
  'tagIdMismatch',
  'duplicateTagId',
  'acknowledgementInvalid',
  'acknowledgementMissing',
  'acknowledgementField',
  'acknowledgementTooLong',
  'acknowledgementIdMismatch',
  'duplicateAcknowledgementId',
  // format 2: resources, actions, team, strategic question, governance
  'resourceInvalid',
  'resourceMissing',
  'resourceField',
  'resourceTooLong',
  'resourceIdMismatch',
  'duplicateResourceId',
  'actionInvalid',
  'actionNoTitle',
  'actionMissing',
  'actionField',
  'actionTooLong',
  'actionIdMismatch',
  'duplicateActionId',
  'actionUnknownPartner',
  'partnerOffMap',
  'partnerUnknownTag',
  'teamMemberInvalid',
  'teamMemberNoName',
  'teamMemberMissing',
  'teamMemberField',
  'teamMemberTooLong',
  'teamMemberIdMismatch',
  'duplicateTeamMemberId',
  // format 4: regie instruments, ties between partners
  'instrumentInvalid',
  'instrumentNoName',
  'instrumentMissing',
  'instrumentField',
  'instrumentTooLong',
  'instrumentIdMismatch',
  'duplicateInstrumentId',
  'instrumentUnknownPartner',
  'tieInvalid',
  'tieMissing',
  'tieField',
  'tieTooLong',
  'tieIdMismatch',
  'duplicateTieId',
  'tieUnknownPartner',
  'tieSelf',
  'strategicMissing',
  'strategicField',
  'strategicTooLong',
  'governanceMissing',
  'governanceField',
  'governanceTooLong',
  'invalid',
  // PNG
  'notPng',
  'pngTruncated',
  'pngCorrupt',
  'pngNoArena',
  'pngArenaCorrupt',
  'pngArenaTooLarge',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportError {
  code: ImportErrorCode;
  params?: Record<string, string | number>;
}

/**
 * Kinds of value named by the `expected` param (`partnerField`, `arenaField` …); their texts are
 * `io.expected.<kind>`.
 */
export const EXPECTED_KINDS = [
  'text',
  'id',
  'date',
  'integer',
  'tagList',
  'tagKeyOrEmpty',
  'pointOrEmpty',
  'attribute',
  'records',
  'object',
  'boolean',
  'score',
  'resourceKind',
  'involvements',
  'answers',
  'alone',
  'governanceForm',
  'trust',
  'consensus',
  'competencies',
  'addedBy',
  'instrumentType',
  'uptake',
  'relation',
  'alternatives',
  'verdict',
  'tieKind',
  'valid',
] as const;
export type ExpectedKind = (typeof EXPECTED_KINDS)[number];

/**
 * The arena's own fields. Each has a text `io.part.<field>` in the coordinator's words ("strategic question
 * part"), which fills `{part}` in a message about that field (`{field}` keeps the key as in the file).
 * json.ts checks at compile time that this is exactly the list of fields of the arena schema.
 */
export const ARENA_PARTS = [
  'id',
  'schemaVersion',
  'title',
  'goal',
  'createdAt',
  'updatedAt',
  'partners',
  'tags',
  'acknowledgements',
  'strategic',
  'governance',
  'actions',
  'team',
  'instruments',
  'ties',
] as const;
export type ArenaPart = (typeof ARENA_PARTS)[number];

export function importError(code: ImportErrorCode, params?: Record<string, string | number>): ImportError {
  return params ? { code, params } : { code };
}

/** The message key of an error: `io.error.<code>`. */
export function importErrorKey(error: ImportError): string {
  return `io.error.${error.code}`;
}

/** A message table such as `enIo`, or a lookup that gives undefined for a key it has no text for. */
export type MessageLookup = Readonly<Record<string, string>> | ((key: string) => string | undefined);

/**
 * The error in words, from a message table such as `enIo` (or the app's translate function, as a lookup).
 * The `expected` param is itself looked up as `io.expected.<kind>`, `{part}` is the `io.part.<field>`
 * text of the `field` param (the key itself when it has none), and `{attribute}` the attribute's name in
 * the app (`attr.<attribute>`); unknown codes fall back to `io.error.unknown`.
 */
export function importErrorMessage(error: ImportError, messages: MessageLookup): string {
  const text = typeof messages === 'function' ? messages : (key: string) => messages[key];
  const template = text(importErrorKey(error)) ?? text('io.error.unknown') ?? error.code;
  const params = error.params ? { ...error.params } : undefined;
  if (params && typeof params.expected === 'string') {
    params.expected = text(`io.expected.${params.expected}`) ?? params.expected;
  }
  if (params && typeof params.field === 'string') {
    params.part = text(`io.part.${params.field}`) ?? params.field;
  }
  if (params && typeof params.attribute === 'string') {
    params.attribute = text(`attr.${params.attribute}`) ?? params.attribute;
  }
  return format(template, params);
}

/** Shortens a value taken from the file before it is shown in a message. */
export function clip(value: string, max = 60): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`;
}
