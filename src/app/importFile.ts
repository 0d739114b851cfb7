/**
 * Import: read and validate the file completely (its saved versions too, when it carries them), then store
 * it as a new arena (new id, never overwriting) with its versions, then open it. Nothing is written when
 * any step before the write fails.
 */
import { addArena, allTitles } from '../persistence/repository';
import { classifyError } from '../persistence/errors';
import { newId } from '../domain/ids';
import type { MessageKey, Translate } from '../i18n';
import type { Language } from '../store/preferences';
import { arenaHref, navigate } from './route';

export type ImportOutcome = { ok: true; id: string; title: string } | { ok: false; message: string };

export async function importArenaFile(file: File, t: Translate, language: Language): Promise<ImportOutcome> {
  // The validators and the texts of their errors are loaded on first use: they are not needed to open the app.
  const [{ readArenaFile }, { importErrorMessage }, { versionsOfFile }, io] = await Promise.all([
    import('../io/open'),
    import('../io/errors'),
    import('./importVersions'),
    language === 'nl' ? import('../i18n/nl.io').then((m): Readonly<Record<string, string>> => m.nlIo) : import('../i18n/en.io').then((m): Readonly<Record<string, string>> => m.enIo),
  ]);
  const result = await readArenaFile({ name: file.name, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) });
  // The reason in the user's language, from the error texts or the app's (t gives back the key itself
  // when it has no text for it).
  const lookup = (key: string) => {
    if (Object.hasOwn(io, key)) return io[key];
    const text = t(key as MessageKey);
    return text === key ? undefined : text;
  };
  if (!result.ok) {
    return { ok: false, message: t('import.failed', { name: file.name, reason: importErrorMessage(result.error, lookup) }) };
  }
  const id = newId();
  // Saved versions the file carries are checked like the arena; one bad version and nothing is written.
  const versions = versionsOfFile(result.envelopeExtras.versions, id, language, (error) => importErrorMessage(error, lookup));
  if (!versions.ok) return { ok: false, message: t('import.failed', { name: file.name, reason: versions.reason }) };
  try {
    const title = importedTitle(result.arena.title, new Set(await allTitles()), t);
    const arena = { ...result.arena, id, title, updatedAt: new Date().toISOString() };
    await addArena(arena, versions.versions);
    navigate(arenaHref(arena.id));
    return { ok: true, id: arena.id, title };
  } catch (error) {
    // A storage error in the words the header uses for it ("the browser has no space left for Arena").
    return { ok: false, message: t('import.failed', { name: file.name, reason: t(`save.${classifyError(error)}`) }) };
  }
}

/**
 * The title of an imported arena: its own, or when that is taken "… (imported)", then "… (imported 2)",
 * "… (imported 3)", in the UI language. Importing "X (imported)" again counts on from X, not "X (imported) (imported)".
 */
export function importedTitle(title: string, taken: ReadonlySet<string>, t: Translate): string {
  if (!taken.has(title)) return title;
  const base = withoutImportedSuffix(title, t);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? t('import.importedSuffix', { title: base }) : t('import.importedSuffixN', { title: base, n });
    if (!taken.has(candidate)) return candidate;
  }
}

function withoutImportedSuffix(title: string, t: Translate): string {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = (template: string) => new RegExp(`^${escape(template).replace('\u0000', '(.+)').replace('\u0001', '\\d+')}$`, 's');
  for (const re of [pattern(t('import.importedSuffix', { title: '\u0000' })), pattern(t('import.importedSuffixN', { title: '\u0000', n: '\u0001' }))]) {
    const match = re.exec(title);
    if (match) return match[1]!;
  }
  return title;
}
