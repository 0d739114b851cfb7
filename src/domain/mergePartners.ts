/**
 * Two or more records of one organisation made into one (likely duplicates, duplicates.ts). The earliest
 * partner survives under its id and name, so what already points at it (selection, actions, a colleague's
 * open inspector) stays valid, and it gets everything the others knew:
 *
 * - expertise: its own (its main expertise stays main), then the others' in their order;
 * - perspectives and resources: all of them (resources keep their ids);
 * - style and type: its own, or the first other partner's when it had none;
 * - notes: every different note, joined by an empty line (cut at the text limit);
 * - position: its own, or the first other partner's that is on the map;
 * - in every action: the strongest involvement of any of them (INVOLVEMENTS runs from strongest);
 * - their instruments: all of them, now steering the survivor;
 * - their ties: moved to the survivor, except a tie between two of the merged partners (it would tie the
 *   survivor to itself) and one that repeats an earlier tie of the same kind between the same two partners.
 */
import { INVOLVEMENTS, MAX_TEXT_LENGTH, byCreation, inCreationOrder, type Involvement, type Partner, type Tie } from './arena';

/** The partners in the order a merge reads them: the survivor (the earliest) first. */
export function mergeOrder(partners: readonly Partner[]): Partner[] {
  return [...partners].sort(byCreation);
}

/** The surviving partner with what every one of `partners` knew (given in any order). */
export function mergedPartner(partners: readonly Partner[], now: string): Partner {
  const [survivor, ...others] = mergeOrder(partners);
  if (!survivor) throw new Error('mergedPartner: no partners');
  const union = (lists: readonly (readonly string[])[]) => [...new Set(lists.flat())];
  const notes: string[] = [];
  for (const p of [survivor, ...others]) {
    const note = p.notes.trim();
    if (note && !notes.includes(note)) notes.push(note);
  }
  const resources = { ...survivor.resources };
  for (const p of others) for (const [id, r] of Object.entries(p.resources)) if (!Object.hasOwn(resources, id)) resources[id] = r;
  const onlyOwnNotes = notes.length === 0 || (notes.length === 1 && notes[0] === survivor.notes.trim());
  return {
    ...survivor,
    type: survivor.type || (others.find((p) => p.type)?.type ?? ''),
    notes: onlyOwnNotes ? survivor.notes : notes.join('\n\n').slice(0, MAX_TEXT_LENGTH),
    position: survivor.position ?? others.find((p) => p.position)?.position ?? null,
    expertise: union([survivor.expertise, ...others.map((p) => p.expertise)]),
    style: survivor.style ?? others.find((p) => p.style)?.style ?? null,
    perspective: union([survivor.perspective, ...others.map((p) => p.perspective)]),
    resources,
    updatedAt: now,
  };
}

/**
 * An action's involvement with the merged-away partners moved to the survivor (the strongest level of
 * any of them), or null when the action involves none of the merged-away partners.
 */
export function mergedInvolvement(
  involvement: Readonly<Record<string, Involvement>>,
  survivorId: string,
  mergedAway: readonly string[],
): Record<string, Involvement> | null {
  if (!mergedAway.some((id) => Object.hasOwn(involvement, id))) return null;
  const levels = [survivorId, ...mergedAway].flatMap((id) => (Object.hasOwn(involvement, id) ? [involvement[id]!] : []));
  const strongest = levels.reduce((a, b) => (INVOLVEMENTS.indexOf(a) <= INVOLVEMENTS.indexOf(b) ? a : b));
  const out: Record<string, Involvement> = {};
  for (const [id, level] of Object.entries(involvement)) if (!mergedAway.includes(id)) out[id] = level;
  out[survivorId] = strongest;
  return out;
}

/** What a merge does to the ties: new ends for the ties it moves, and the ids of those it removes. */
export interface TieMerge {
  moved: Map<string, { from: string; to: string }>;
  removed: string[];
}

export function mergedTies(ties: Readonly<Record<string, Tie>>, survivorId: string, mergedAway: readonly string[]): TieMerge {
  const away = new Set(mergedAway);
  const end = (id: string) => (away.has(id) ? survivorId : id);
  const seen = new Set<string>();
  const out: TieMerge = { moved: new Map(), removed: [] };
  // In creation order, so that of two ties that become the same, the earlier one stays.
  for (const tie of inCreationOrder(ties)) {
    const [from, to] = [end(tie.from), end(tie.to)];
    const pair = [from, to].sort().join('\u0000') + '\u0000' + tie.kind;
    if (from === to || seen.has(pair)) {
      out.removed.push(tie.id);
      continue;
    }
    seen.add(pair);
    if (from !== tie.from || to !== tie.to) out.moved.set(tie.id, { from, to });
  }
  return out;
}
