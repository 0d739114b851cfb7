/**
 * What the group answers to a likely duplicate (domain/duplicates.ts): merge the partners into one, or
 * say they are not the same. Each is one commit, so one undo step; in a shared arena it is an ordinary
 * commit written to the shared document, the same on every device.
 */
import { castDraft } from 'immer';
import { useDocumentStore } from './documentStore';
import { forgetPartners, useSessionStore } from './sessionStore';
import type { Partner } from '../domain/arena';
import { mergeOrder, mergedInvolvement, mergedPartner, mergedTies } from '../domain/mergePartners';
import { dismissalKey } from '../domain/duplicates';

const store = () => useDocumentStore.getState();

/**
 * Merges the partners into the earliest of them (mergePartners.ts says what it keeps); the others are
 * deleted and their place in every action, their instruments and their ties move to it. Returns the surviving id, or null when fewer than
 * two of them exist (a colleague merged them first) or the arena cannot be changed.
 */
export function mergePartners(ids: readonly string[]): string | null {
  const { doc, readOnly } = store();
  if (!doc || readOnly) return null;
  const present = [...new Set(ids)].map((id) => doc.partners[id]).filter((p): p is Partner => !!p);
  if (present.length < 2) return null;
  const [survivor, ...others] = mergeOrder(present);
  const away = others.map((p) => p.id);
  const done = store().commit((d, now) => {
    d.partners[survivor!.id] = castDraft(mergedPartner(present, now));
    for (const id of away) delete d.partners[id];
    for (const action of Object.values(d.actions)) {
      const moved = mergedInvolvement(action.involvement, survivor!.id, away);
      if (!moved) continue;
      action.involvement = moved;
      action.updatedAt = now;
    }
    for (const instrument of Object.values(d.instruments)) {
      if (!away.includes(instrument.partnerId)) continue;
      instrument.partnerId = survivor!.id;
      instrument.updatedAt = now;
    }
    const ties = mergedTies(doc.ties, survivor!.id, away);
    for (const id of ties.removed) delete d.ties[id];
    for (const [id, ends] of ties.moved) Object.assign(d.ties[id]!, ends, { updatedAt: now });
  });
  if (!done) return null;
  const selected = useSessionStore.getState().selectedId;
  forgetPartners(away);
  // Whoever was looking at one of them now looks at the one that remains.
  if (selected && away.includes(selected)) useSessionStore.getState().select(survivor!.id);
  return survivor!.id;
}

/**
 * "Not the same": remembered in the arena's acknowledgements (one per pair, keyed by dismissalKey), so
 * every device and the arena file keep the answer and the offer does not come back.
 */
export function dismissDuplicates(ids: readonly string[]): void {
  const keys: string[] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) keys.push(dismissalKey(ids[i]!, ids[j]!));
  const doc = store().doc;
  if (!doc || keys.every((k) => Object.hasOwn(doc.acknowledgements, k))) return;
  store().commit((d, now) => {
    for (const id of keys) if (!Object.hasOwn(d.acknowledgements, id)) d.acknowledgements[id] = { id, reason: '', updatedAt: now };
  });
}
