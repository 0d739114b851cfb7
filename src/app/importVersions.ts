/**
 * The saved versions of an imported arena file, checked and ready to store with the new arena (new ids,
 * the new arena's id), or the reason in the user's words. Loaded with the import code, on first use.
 */
import { newVersion, type StoredVersion } from '../persistence/versions';
import { decodeVersions, MAX_FILE_VERSIONS, type VersionsError } from '../io/versions';
import { enVersions } from '../i18n/en.versions';
import { nlVersions } from '../i18n/nl.versions';
import { format } from '../i18n/format';
import { newId } from '../domain/ids';
import type { Language } from '../store/preferences';

export type VersionsOutcome = { ok: true; versions: StoredVersion[] } | { ok: false; reason: string };

export function versionsOfFile(
  raw: unknown,
  arenaId: string,
  language: Language,
  arenaErrorText: (error: Extract<VersionsError, { code: 'arena' }>['error']) => string,
): VersionsOutcome {
  const result = decodeVersions(raw);
  if (!result.ok) return { ok: false, reason: versionsErrorText(result.error, language, arenaErrorText) };
  return {
    ok: true,
    versions: result.versions.map((v) => newVersion({ ...v.arena, id: arenaId }, v.name, v.savedAt, newId())),
  };
}

export function versionsErrorText(
  error: VersionsError,
  language: Language,
  arenaErrorText: (error: Extract<VersionsError, { code: 'arena' }>['error']) => string,
): string {
  const table = language === 'nl' ? nlVersions : enVersions;
  switch (error.code) {
    case 'notList':
      return table['versions.file.notList'];
    case 'tooMany':
      return format(table['versions.file.tooMany'], { max: MAX_FILE_VERSIONS });
    case 'invalid':
      return format(table[`versions.file.${error.field}`], { n: error.n });
    case 'duplicateId':
      return format(table['versions.file.duplicateId'], { n: error.n });
    case 'arena':
      return format(table['versions.file.arena'], { n: error.n, name: error.name, reason: arenaErrorText(error.error) });
  }
}
