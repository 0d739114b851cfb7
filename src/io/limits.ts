/**
 * Limits of the arena file format and of the import path. An arena file that breaks one of them is refused
 * with a clear message instead of freezing or crashing the app.
 */

/** Largest file (JSON or PNG) the app will read, and largest arena text unpacked from a PNG (zip bombs). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_FILE_MB = MAX_FILE_BYTES / (1024 * 1024);

/** Deepest nesting of arrays/objects accepted (the envelope is level 1, a partner's position level 5). */
export const MAX_DEPTH = 64;

export const MAX_PARTNERS = 10_000;
/** Ids and tag keys: UUIDs and `custom:<uuid>` today; generous for finding keys (rule + subject). */
export const MAX_ID_LENGTH = 2000;
/** Timestamps are ISO 8601 strings; anything longer is not one. */
export const MAX_DATE_LENGTH = 64;
/**
 * Farthest a partner may sit from the goal, in map units, on either axis. The map's outermost band ends
 * under 1,000 units out; five times that leaves room for hand-made files, while a partner at 1e308
 * would make *zoom to fit* show an empty map.
 */
export const MAX_COORDINATE = 5000;

/** Tags per attribute on one partner. */
export const MAX_TAGS_PER_ATTRIBUTE = 1000;

/**
 * Keyword of the PNG `iTXt` chunk that carries the arena file (the same JSON as an `.arena.json` export,
 * zlib-compressed). A plain word, so tools such as `exiftool` list it readably.
 */
export const ARENA_PNG_KEYWORD = 'arena';

/** Field names refused anywhere in a file, so nothing downstream can be tricked into touching prototypes. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
