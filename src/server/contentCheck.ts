/**
 * The server's content check: every update a client sends is tried on a shadow copy of the room's document
 * first, and only the records it touched are checked, with the same record checks as the app's own reading
 * (src/sync/doc). An update that would put an unreadable record in the room is refused before it is applied,
 * so a buggy or hostile client cannot poison the stored document for everyone. A live workshop's participant
 * is held to what the facilitator allows (the connection's context; updateCheck.ts).
 */
import * as Y from 'yjs';
import { UpdateChecker } from '../sync/doc/updateCheck';
import type { ValidateUpdate } from './syncServer';

export function createContentCheck(): ValidateUpdate {
  // Per loaded document (a room loaded again is a new Y.Doc, and gets a fresh shadow).
  const checkers = new WeakMap<Y.Doc, UpdateChecker>();
  return (_room, doc, update, context) => {
    let checker = checkers.get(doc);
    if (!checker) {
      checker = new UpdateChecker(Y.encodeStateAsUpdate(doc));
      checkers.set(doc, checker);
    }
    const verdict = checker.check(update, context);
    // The shadow holds the refused update now: start again from the real document.
    if (!verdict.ok) checker.reset(Y.encodeStateAsUpdate(doc));
    return verdict;
  };
}
