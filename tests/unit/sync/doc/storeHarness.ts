/**
 * The real store on a shared document, as the app wires it: every commit the store makes (its immer
 * recipe, the old and new document and the patches immer recorded) is written with writeChanges in a
 * LOCAL_ORIGIN transaction. Test files that use it must mock immer with `recordingImmer` (recordImmer.ts).
 */
import * as Y from 'yjs';
import type { Arena } from '../../../../src/domain/arena';
import { useDocumentStore } from '../../../../src/store/documentStore';
import { LOCAL_ORIGIN } from '../../../../src/sync/doc/layout';
import { createArenaReader, type ArenaReader } from '../../../../src/sync/doc/read';
import { writeChanges } from '../../../../src/sync/doc/write';
import { commits } from './recordImmer';

export interface Bound {
  ydoc: Y.Doc;
  reader: ArenaReader;
  /** Runs store actions and writes what they committed into the document; gives the number of commits. */
  run(action: () => void): number;
  doc(): Arena;
}

/** Opens the document's arena in the store, which then writes its commits into the document. */
export function bindStore(ydoc: Y.Doc, now: () => string): Bound {
  const reader = createArenaReader(ydoc);
  const s = useDocumentStore.getState;
  s().hydrate(reader.read().arena);
  useDocumentStore.setState({ now });
  return {
    ydoc,
    reader,
    run(action) {
      commits.length = 0;
      action();
      const made = commits.splice(0);
      for (const c of made) ydoc.transact(() => writeChanges(ydoc, c.before, c.after, c.patches), LOCAL_ORIGIN);
      return made.length;
    },
    doc() {
      const d = s().doc;
      if (!d) throw new Error('no document');
      return d;
    },
  };
}
