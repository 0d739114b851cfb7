/**
 * The arena document: the truth of the product. Records are keyed by stable random ids and each carries
 * its own `updatedAt`, so a later sync engine can merge them one by one. Nothing derived (ring, findings,
 * counts) is stored. Unknown fields on any record are kept as they are (a newer app's file survives
 * a round trip through this one), which is why updates spread the old record.
 */
import type { Attribute } from './vocabularies';
import type { Point } from './rings';
import { newId } from './ids';
import { inCreationOrder } from './order';

export { byCreation, inCreationOrder } from './order';

/** Version of the stored document format. Bump it with a numbered migration in domain/migrations. */
export const SCHEMA_VERSION = 4;

export const MAX_NAME_LENGTH = 2000;
export const MAX_TEXT_LENGTH = 20000;
/** A first name as a workshop participant types it (a partner's `addedBy.name`). */
export const MAX_FIRST_NAME_LENGTH = 60;

export interface Partner {
  id: string;
  name: string;
  /** Optional kind of organisation, free text ("municipal service", "NGO" …). */
  type: string;
  notes: string;
  /** Centre of the node in flow coordinates (goal at the origin); null while only in the list. */
  position: Point | null;
  /** Expertise keys, the first being the main one (it colours the node). */
  expertise: string[];
  /** One main style key, or null when not tagged yet. */
  style: string | null;
  perspective: string[];
  /** What the network depends on this partner for (v2). */
  resources: Record<string, Resource>;
  /** Who brought it in during a live workshop (first name as typed; optional, absent in older files). */
  addedBy?: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
}

/** The kinds of resources the arena-analysis worksheet asks about. */
export const RESOURCE_KINDS = ['money', 'knowledge', 'access', 'mandate', 'premises', 'staff'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
/** 1 (low) to 4 (high). */
export type Score = 1 | 2 | 3 | 4;

/** A resource a partner brings: how important it is, and how easily another organisation could supply it. */
export interface Resource {
  id: string;
  kind: ResourceKind;
  importance: Score;
  replaceability: Score;
  note: string;
  updatedAt: string;
}

/** Participation ladder: how a partner is involved in one action. */
export const INVOLVEMENTS = ['decide', 'produce', 'consult', 'inform'] as const;
export type Involvement = (typeof INVOLVEMENTS)[number];

/** A concrete action (sub-goal) of the network, with the partners involved in it. */
export interface ArenaAction {
  id: string;
  title: string;
  description: string;
  /** Partner id → involvement; a partner not listed is not involved. */
  involvement: Record<string, Involvement>;
  createdAt: string;
  updatedAt: string;
}

/** The strategic question that comes first: do we need a network at all? And what shows the goal is reached? */
export interface Strategic {
  alone: 'yes' | 'partly' | 'no' | null;
  aloneWhy: string;
  complexity: string;
  /** What result will show the goal is reached. */
  result: string;
  /** By when (free text: "June 2027", "end of the legislature"). */
  deadline: string;
  updatedAt: string;
}

export const GOVERNANCE_FORMS = ['shared', 'lead', 'nao'] as const;
export type GovernanceForm = (typeof GOVERNANCE_FORMS)[number];
export const TRUST_LEVELS = ['high', 'moderate', 'low'] as const;
export const CONSENSUS_LEVELS = ['high', 'moderatelyHigh', 'moderatelyLow', 'low'] as const;
export const COMPETENCY_LEVELS = ['low', 'moderate', 'high'] as const;

/** The network's governance form and the group's estimates that the advisor compares it with (Provan & Kenis 2008). */
export interface Governance {
  form: GovernanceForm | null;
  trust: (typeof TRUST_LEVELS)[number] | null;
  consensus: (typeof CONSENSUS_LEVELS)[number] | null;
  competencies: (typeof COMPETENCY_LEVELS)[number] | null;
  /** Imposed by a (Flemish) decree rather than set up locally. */
  mandated: boolean;
  mandateNote: string;
  updatedAt: string;
}

/** One colleague's answers to the network-management roles self-check: statement id → agreement 1–5. */
export interface TeamMember {
  id: string;
  name: string;
  answers: Record<string, number>;
  createdAt: string;
  updatedAt: string;
}

/** A tag the user made in this arena; its key is `custom:<uuid>` and it is offered again in this arena. */
export interface CustomTag {
  id: string;
  attribute: Attribute;
  label: string;
  updatedAt: string;
}

/** "We chose this on purpose": a finding the group has seen and accepted, with its reason. */
export interface Acknowledgement {
  /** The finding's stable key (rule + subject), see domain/analysis. */
  id: string;
  reason: string;
  updatedAt: string;
}

/**
 * Kinds of regie instrument, ordered from little to much doorzettingsmacht (the power to impose the
 * government's will on a partner). The first three are the article's; `hierarchical` (the government's own
 * services, or entities it controls) is Arena's name for the VVSG's fourth type.
 */
export const INSTRUMENT_TYPES = ['communicative', 'market', 'juridical', 'hierarchical'] as const;
export type InstrumentType = (typeof INSTRUMENT_TYPES)[number];
/** The sheet's answers: is the instrument used, what it does to the relation, how many could deliver instead. */
export const UPTAKES = ['used', 'partly', 'unused'] as const;
export const RELATION_EFFECTS = ['better', 'unchanged', 'worse'] as const;
export const ALTERNATIVES = ['none', 'one', 'several'] as const;
export const VERDICTS = ['keep', 'adjust', 'replace'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How the local government steers one partner (format 4), with the group's assessment of it (the "fiche"). */
export interface Instrument {
  id: string;
  /** The partner it steers; an instrument goes when its partner goes. */
  partnerId: string;
  name: string;
  type: InstrumentType;
  notes: string;
  /** Sheet: what the instrument should achieve. */
  aim: string;
  /** Sheet: is it used (a premium hardly anyone asks for is `unused`); null until answered. */
  uptake: (typeof UPTAKES)[number] | null;
  /** Sheet: its effect on the relation with the partner; null until answered. */
  relation: (typeof RELATION_EFFECTS)[number] | null;
  /** Sheet: how many other organisations in the local context could deliver (`none`: there is no market). */
  alternatives: (typeof ALTERNATIVES)[number] | null;
  verdict: Verdict | null;
  createdAt: string;
  updatedAt: string;
}

/** Kinds of tie the group draws between two partners (format 4). */
export const TIE_KINDS = ['works', 'trusts', 'conflict'] as const;
export type TieKind = (typeof TIE_KINDS)[number];

/**
 * "These two work well together / trust each other / are in conflict": a tie between two partners (ids),
 * never a partner with itself. A tie goes when either partner goes.
 */
export interface Tie {
  id: string;
  from: string;
  to: string;
  kind: TieKind;
  note: string;
  createdAt: string;
  updatedAt: string;
}

export interface Arena {
  id: string;
  schemaVersion: number;
  title: string;
  goal: string;
  createdAt: string;
  updatedAt: string;
  partners: Record<string, Partner>;
  tags: Record<string, CustomTag>;
  acknowledgements: Record<string, Acknowledgement>;
  strategic: Strategic;
  governance: Governance;
  actions: Record<string, ArenaAction>;
  team: Record<string, TeamMember>;
  instruments: Record<string, Instrument>;
  ties: Record<string, Tie>;
}

export function emptyStrategic(now: string): Strategic {
  return { alone: null, aloneWhy: '', complexity: '', result: '', deadline: '', updatedAt: now };
}

export function emptyGovernance(now: string): Governance {
  return { form: null, trust: null, consensus: null, competencies: null, mandated: false, mandateNote: '', updatedAt: now };
}

export function createArena(title: string, now: string, id: string = newId()): Arena {
  return {
    id,
    schemaVersion: SCHEMA_VERSION,
    title,
    goal: '',
    createdAt: now,
    updatedAt: now,
    partners: {},
    tags: {},
    acknowledgements: {},
    strategic: emptyStrategic(now),
    governance: emptyGovernance(now),
    actions: {},
    team: {},
    instruments: {},
    ties: {},
  };
}

export interface PartnerInput {
  name: string;
  type?: string;
  notes?: string;
}

export function createPartner(input: PartnerInput, now: string, id: string = newId()): Partner {
  return {
    id,
    name: input.name.trim(),
    type: (input.type ?? '').trim(),
    notes: input.notes ?? '',
    position: null,
    expertise: [],
    style: null,
    perspective: [],
    resources: {},
    createdAt: now,
    updatedAt: now,
  };
}

export type NameError = 'empty' | 'tooLong';
export type NameCheck = { ok: true; value: string } | { ok: false; error: NameError };

/** Names are trimmed; empty or whitespace-only names are refused, as are absurdly long ones. */
export function checkName(raw: string, max = MAX_NAME_LENGTH): NameCheck {
  const value = raw.trim();
  if (value.length === 0) return { ok: false, error: 'empty' };
  if (value.length > max) return { ok: false, error: 'tooLong' };
  return { ok: true, value };
}

/** Partners in the order of every list: by creation, then id. */
export function partnersInOrder(arena: Pick<Arena, 'partners'>): readonly Partner[] {
  return inCreationOrder(arena.partners);
}

/** Names compared the way a person would: case, accents and spacing ignored. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A copy of an arena under a new id, every record keeping its id (ids are unique per arena). */
export function duplicateArena(arena: Arena, title: string, now: string, id: string = newId()): Arena {
  return { ...structuredClone(arena), id, title, createdAt: now, updatedAt: now };
}

export function partnerCount(arena: Pick<Arena, 'partners'>): number {
  return Object.keys(arena.partners).length;
}
