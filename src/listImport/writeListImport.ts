/**
 * Writes a planned list import through the paths every other change takes: into the open arena as one
 * commit of the document store (one undo step; a shared arena sends it to the others), or as a new arena
 * stored like an imported arena file (a new id, a title not yet taken) and then opened.
 */
import type { Draft } from 'immer';
import { createArena, type Arena } from '../domain/arena';
import { newId } from '../domain/ids';
import { applyImport, type ImportPlan } from '../io/listImport';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { addArena, allTitles } from '../persistence/repository';
import { classifyError } from '../persistence/errors';
import { importedTitle } from '../app/importFile';
import { arenaHref, navigate } from '../app/route';
import { DEFAULT_NODE_SIZE } from '../canvas/mapFocus';
import type { ListImportTranslate } from '../i18n/useListImportT';
import type { Translate } from '../i18n';

/** `message`: why nothing was written, in words the dialog puts after “Could not import …:”. */
export type WriteOutcome = { ok: true; added: number } | { ok: false; message: string };

export async function writeListImport(plan: ImportPlan, into: 'new' | 'open', fileName: string, t: ListImportTranslate): Promise<WriteOutcome> {
  if (into === 'open') {
    const store = useDocumentStore.getState();
    let added = 0;
    const done = store.commit((d: Draft<Arena>, now) => {
      added = applyImport(d, plan, now, newId, DEFAULT_NODE_SIZE).added.length;
    });
    if (!done) return { ok: false, message: t('list.nothingWritten') };
    useSessionStore.getState().setNotice(null);
    return { ok: true, added };
  }
  try {
    const now = new Date().toISOString();
    const title = importedTitle(fileName.replace(/\.[^.]+$/, '').trim() || fileName, new Set(await allTitles()), t as Translate);
    const arena = createArena(title, now);
    const { added } = applyImport(arena, plan, now, newId, DEFAULT_NODE_SIZE);
    await addArena(arena);
    navigate(arenaHref(arena.id));
    return { ok: true, added: added.length };
  } catch (error) {
    // A full disk in the words the header uses for it; nothing was stored.
    return { ok: false, message: t(`save.${classifyError(error)}`) };
  }
}
