/**
 * Who is here, read from the awareness states of a shared arena (pure: no provider, no store). Each device
 * publishes `user: { name, colour }`, `dragging: { id, x, y } | null` and `editing: partnerId | null`;
 * what arrives from the others is untrusted, so a name is cleaned and cut, a colour must be one of the
 * palette, and anything else is ignored. Unchanged people and activities keep their objects, so the map
 * redraws only the partners whose marks changed.
 */
import type { Point } from '../../domain/rings';
import type { Activity, Person, Peer } from '../../store/presenceStore';

/**
 * Colours of people. A device takes the colour a hash of its awareness client id gives, or, when someone
 * already here has that one, the next free one round the palette (presence.ts), and announces it; others
 * show the colour announced. Each keeps white text at a contrast of at least 4.5:1 (tested), so a name chip
 * on it is readable.
 */
export const PALETTE = ['#b3261e', '#1a5fb4', '#26734d', '#8f3f97', '#9a5b00', '#00707a', '#c2185b', '#5b4fc7'] as const;
export const MAX_PERSON_NAME = 60;

/** A well-mixed hash of a 32-bit client id, so neighbouring ids do not get neighbouring colours. */
function mix(clientId: number): number {
  let h = clientId >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The palette in the order a device tries it: from the colour its hash gives, round the palette. */
export function paletteOrder(clientId: number): string[] {
  const start = mix(clientId) % PALETTE.length;
  return PALETTE.map((_, i) => PALETTE[(start + i) % PALETTE.length]!);
}

export function colourFor(clientId: number): string {
  return paletteOrder(clientId)[0]!;
}

/** The first colour in this device's order that nobody else here has (its own first one if all are taken). */
export function freeColour(clientId: number, taken: ReadonlySet<string>): string {
  const order = paletteOrder(clientId);
  return order.find((c) => !taken.has(c)) ?? order[0]!;
}

/** "Guest 3": the number a device without a name is shown with, the same on every device. */
export function guestNumber(clientId: number): number {
  return (mix(clientId) % 99) + 1;
}

/** A name as typed, made safe to show: no control characters, single spaces, at most 60 characters. */
export function cleanName(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  const clean = raw.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
  return [...clean].slice(0, MAX_PERSON_NAME).join('').trim();
}

export function personOf(clientId: number, state: unknown): Person {
  const user = isObject(state) && isObject(state.user) ? state.user : {};
  const colour = typeof user.colour === 'string' && (PALETTE as readonly string[]).includes(user.colour) ? user.colour : colourFor(clientId);
  return { name: cleanName(user.name), colour, guest: guestNumber(clientId) };
}

export interface PeopleRead {
  /** Everyone here, this device first, then by name (guests by number). */
  people: readonly Peer[];
  /** Partner id → another person dragging (first) or editing it. */
  activity: ReadonlyMap<string, Activity>;
  /** Partner id → where another person drags it now. */
  drags: ReadonlyMap<string, Point>;
}

const EMPTY_PEOPLE: readonly Peer[] = [];

/**
 * Reads every awareness state. `previous` is the last read: people and activities equal to its ones are
 * its objects, and a list equal to its list is its list.
 */
export function readPeople(states: ReadonlyMap<number, unknown>, selfId: number, previous?: PeopleRead): PeopleRead {
  const before = new Map((previous?.people ?? []).map((p) => [p.clientId, p]));
  const people: Peer[] = [];
  const activity = new Map<string, Activity>();
  const drags = new Map<string, Point>();
  const editing: [string, Activity][] = [];
  for (const clientId of [...states.keys()].sort((a, b) => a - b)) {
    const state = states.get(clientId);
    if (!isObject(state)) continue;
    const person = personOf(clientId, state);
    const self = clientId === selfId;
    const old = before.get(clientId);
    people.push(old && old.self === self && samePerson(old, person) ? old : { ...person, clientId, self });
    if (self) continue;
    const drag = state.dragging;
    if (isDrag(drag)) {
      if (!drags.has(drag.id)) drags.set(drag.id, { x: drag.x, y: drag.y });
      if (!activity.has(drag.id)) activity.set(drag.id, reuse(previous?.activity.get(drag.id), person, 'drag'));
    }
    const edited = state.editing;
    if (typeof edited === 'string' && edited.length > 0 && edited.length <= 64) editing.push([edited, reuse(previous?.activity.get(edited), person, 'edit')]);
  }
  // A partner being dragged shows the drag; one being edited by two shows the first.
  for (const [id, act] of editing) if (!activity.has(id)) activity.set(id, act);
  people.sort((a, b) => Number(b.self) - Number(a.self) || byName(a, b));
  return {
    people: previous && sameList(previous.people, people) ? previous.people : people.length ? people : EMPTY_PEOPLE,
    activity: previous && sameMap(previous.activity, activity) ? previous.activity : activity,
    drags: previous && sameDrags(previous.drags, drags) ? previous.drags : drags,
  };
}

function byName(a: Peer, b: Peer): number {
  if (!a.name !== !b.name) return a.name ? -1 : 1;
  return a.name.localeCompare(b.name) || a.guest - b.guest || a.clientId - b.clientId;
}

function reuse(old: Activity | undefined, person: Person, doing: Activity['doing']): Activity {
  return old && old.doing === doing && samePerson(old, person) ? old : { ...person, doing };
}

function samePerson(a: Person, b: Person): boolean {
  return a.name === b.name && a.colour === b.colour && a.guest === b.guest;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameMap<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of b) if (a.get(k) !== v) return false;
  return true;
}

function sameDrags(a: ReadonlyMap<string, Point>, b: ReadonlyMap<string, Point>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of b) {
    const w = a.get(k);
    if (!w || w.x !== v.x || w.y !== v.y) return false;
  }
  return true;
}

interface DragState {
  id: string;
  x: number;
  y: number;
}

export function isDrag(value: unknown): value is DragState {
  if (!isObject(value)) return false;
  const { id, x, y } = value;
  return typeof id === 'string' && id.length <= 64 && Number.isFinite(x) && Number.isFinite(y);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
