/**
 * What changed between two states of one arena (two saved versions, or a version and the arena as it is
 * now). Records are matched by id: a version is a copy of the arena, and every record keeps its id in it
 * (a version restored as a new arena too, see duplicateArena), so a renamed partner is the same partner.
 *
 * - Partners: joined (in B only), left (in A only), and changed (in both, any field different). A changed
 *   partner says whether its ring changed (placement: a ring, or only in the list) and which tags it
 *   gained or lost; `after` is its whole record in B, so the changes applied to A give B's partners
 *   exactly (applyPartnerChanges).
 * - Findings: by their stable key (the same key an acceptance uses); one only in B appeared, one only in
 *   A was resolved. A finding in both whose numbers changed is neither.
 * - Actions: the data model has no status for an action, so "closed" means removed (in A only); added
 *   means in B only.
 */
import { equalJson } from './equalJson';
import { inCreationOrder, type Arena, type ArenaAction, type Partner } from './arena';
import { analyse, type Finding } from './analysis';
import { placementOf, type Placement } from './rings';
import { ATTRIBUTES, type Attribute } from './vocabularies';

export interface TagRef {
  attribute: Attribute;
  key: string;
}

export interface PartnerChange {
  id: string;
  before: Partner;
  after: Partner;
  /** Set when the placement differs (another ring, or onto or off the map). */
  ring?: { from: Placement; to: Placement };
  /** Tags B has and A had not; tags A had and B has not (the main expertise counts as a change too). */
  tagsAdded: TagRef[];
  tagsRemoved: TagRef[];
  /** The main expertise (the first) is another one while both still carry it. */
  mainChanged: boolean;
  renamed: boolean;
}

export interface ArenaDiff {
  joined: Partner[];
  left: Partner[];
  changed: PartnerChange[];
  findingsAppeared: Finding[];
  findingsResolved: Finding[];
  actionsAdded: ArenaAction[];
  /** Removed since A: actions have no status, so a removed action is the closed one. */
  actionsClosed: ArenaAction[];
}

type DiffInput = Pick<Arena, 'partners' | 'actions'> & Parameters<typeof analyse>[0];

function tagsOf(p: Partner, attribute: Attribute): readonly string[] {
  if (attribute === 'style') return p.style === null ? [] : [p.style];
  return p[attribute];
}

function tagDifference(a: Partner, b: Partner): { added: TagRef[]; removed: TagRef[]; mainChanged: boolean } {
  const added: TagRef[] = [];
  const removed: TagRef[] = [];
  for (const attribute of ATTRIBUTES) {
    const before = tagsOf(a, attribute);
    const after = tagsOf(b, attribute);
    for (const key of after) if (!before.includes(key)) added.push({ attribute, key });
    for (const key of before) if (!after.includes(key)) removed.push({ attribute, key });
  }
  const mainChanged = a.expertise[0] !== b.expertise[0] && a.expertise.length > 0 && b.expertise.length > 0;
  return { added, removed, mainChanged };
}


/** The partner part of the difference: cheap, no analysis. */
export function diffPartners(a: Record<string, Partner>, b: Record<string, Partner>): Pick<ArenaDiff, 'joined' | 'left' | 'changed'> {
  const joined = inCreationOrder(b).filter((p) => !Object.hasOwn(a, p.id));
  const left = inCreationOrder(a).filter((p) => !Object.hasOwn(b, p.id));
  const changed: PartnerChange[] = [];
  for (const before of inCreationOrder(a)) {
    if (!Object.hasOwn(b, before.id)) continue;
    const after = b[before.id]!;
    if (equalJson(before, after)) continue;
    const from = placementOf(before.position);
    const to = placementOf(after.position);
    const tags = tagDifference(before, after);
    const change: PartnerChange = {
      id: before.id,
      before,
      after,
      tagsAdded: tags.added,
      tagsRemoved: tags.removed,
      mainChanged: tags.mainChanged,
      renamed: before.name !== after.name,
    };
    if (from !== to) change.ring = { from, to };
    changed.push(change);
  }
  return { joined, left, changed };
}

export function diffArenas(a: DiffInput, b: DiffInput): ArenaDiff {
  const partners = diffPartners(a.partners, b.partners);
  const findingsA = analyse(a);
  const findingsB = analyse(b);
  const keysA = new Set(findingsA.map((f) => f.key));
  const keysB = new Set(findingsB.map((f) => f.key));
  return {
    ...partners,
    findingsAppeared: findingsB.filter((f) => !keysA.has(f.key)),
    findingsResolved: findingsA.filter((f) => !keysB.has(f.key)),
    actionsAdded: inCreationOrder(b.actions).filter((x) => !Object.hasOwn(a.actions, x.id)),
    actionsClosed: inCreationOrder(a.actions).filter((x) => !Object.hasOwn(b.actions, x.id)),
  };
}

export function isEmptyDiff(d: ArenaDiff): boolean {
  return (
    d.joined.length + d.left.length + d.changed.length + d.findingsAppeared.length + d.findingsResolved.length + d.actionsAdded.length + d.actionsClosed.length ===
    0
  );
}

/** The partners of A with the reported changes applied: B's partners (the property the tests check). */
export function applyPartnerChanges(a: Record<string, Partner>, d: Pick<ArenaDiff, 'joined' | 'left' | 'changed'>): Record<string, Partner> {
  const out: Record<string, Partner> = { ...a };
  for (const p of d.left) delete out[p.id];
  for (const c of d.changed) out[c.id] = c.after;
  for (const p of d.joined) out[p.id] = p;
  return out;
}

/** How many partner changes of each kind a comparison shows (for its summary line). */
export function countChanges(d: ArenaDiff): { joined: number; left: number; moved: number; retagged: number } {
  return {
    joined: d.joined.length,
    left: d.left.length,
    moved: d.changed.filter((c) => c.ring).length,
    retagged: d.changed.filter((c) => c.tagsAdded.length + c.tagsRemoved.length > 0 || c.mainChanged).length,
  };
}
