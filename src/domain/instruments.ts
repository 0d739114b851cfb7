/**
 * Regie instruments: how the local government steers a partner, and their order by doorzettingsmacht
 * (the power to impose its will: communicative < market < juridical < hierarchical, INSTRUMENT_TYPES).
 */
import { INSTRUMENT_TYPES, inCreationOrder, type Arena, type Instrument, type InstrumentType } from './arena';
import { newId } from './ids';

export function createInstrument(partnerId: string, name: string, type: InstrumentType, now: string, id: string = newId()): Instrument {
  return {
    id,
    partnerId,
    name: name.trim(),
    type,
    notes: '',
    aim: '',
    uptake: null,
    relation: null,
    alternatives: null,
    verdict: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** 0 (communicative) to 3 (hierarchical). */
export function weightOf(type: InstrumentType): number {
  return INSTRUMENT_TYPES.indexOf(type);
}

/** The instruments that steer each partner, in creation order (partners without any are absent). */
export function instrumentsByPartner(arena: Pick<Arena, 'instruments'>): ReadonlyMap<string, readonly Instrument[]> {
  const out = new Map<string, Instrument[]>();
  for (const instrument of inCreationOrder(arena.instruments)) {
    const list = out.get(instrument.partnerId);
    if (list) list.push(instrument);
    else out.set(instrument.partnerId, [instrument]);
  }
  return out;
}

/** The instrument with the most doorzettingsmacht among `instruments` (the first of equals), or null. */
export function strongest(instruments: readonly Instrument[]): Instrument | null {
  let best: Instrument | null = null;
  for (const i of instruments) if (!best || weightOf(i.type) > weightOf(best.type)) best = i;
  return best;
}
