/**
 * Adding, changing and removing the regie instruments of a partner, and filling in their sheet. Each is
 * one undo step through the document store's commit (and, in a shared arena, one write to the document).
 */
import { castDraft } from 'immer';
import { useDocumentStore } from './documentStore';
import { checkName, type Instrument, type NameError } from '../domain/arena';
import { createInstrument } from '../domain/instruments';
import { newId } from '../domain/ids';

const store = () => useDocumentStore.getState();

/** What of an instrument the group may change: everything but its id, partner and times. */
export type InstrumentPatch = Partial<Omit<Instrument, 'id' | 'partnerId' | 'createdAt' | 'updatedAt'>>;

export function addInstrument(partnerId: string, name: string, type: Instrument['type']): { ok: true; id: string } | { ok: false; error: NameError | 'gone' } {
  const check = checkName(name);
  if (!check.ok) return check;
  if (!store().doc?.partners[partnerId]) return { ok: false, error: 'gone' };
  const id = newId();
  const done = store().commit((d, now) => {
    if (!d.partners[partnerId]) return;
    d.instruments[id] = castDraft(createInstrument(partnerId, check.value, type, now, id));
  });
  return done ? { ok: true, id } : { ok: false, error: 'gone' };
}

/** Changes an instrument; a blank or too long name is left as it was. Nothing happens when nothing changes. */
export function updateInstrument(id: string, patch: InstrumentPatch): void {
  const current = store().doc?.instruments[id];
  if (!current) return;
  const next = { ...patch };
  if (next.name !== undefined) {
    const check = checkName(next.name);
    if (check.ok) next.name = check.value;
    else delete next.name;
  }
  if (!(Object.keys(next) as (keyof InstrumentPatch)[]).some((k) => next[k] !== current[k])) return;
  store().commit((d, now) => {
    const instrument = d.instruments[id];
    if (instrument) Object.assign(instrument, next, { updatedAt: now });
  });
}

export function removeInstrument(id: string): void {
  if (!store().doc?.instruments[id]) return;
  store().commit((d) => {
    delete d.instruments[id];
  });
}
