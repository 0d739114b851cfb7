/**
 * zod schemas of the arena file: the document (domain/arena.ts) and the envelope around it. Every object is
 * loose (`z.looseObject`): fields this version does not know are kept, so a file written by a newer app
 * survives a round trip through this one. Things a schema cannot say (a record's key equals its `id`, an
 * action's involvement names only partners of the arena, at most MAX_PARTNERS partners, nesting depth,
 * forbidden field names) are checked in json.ts. Format 2 added the partner's `resources` and the arena's
 * `strategic`, `governance`, `actions` and `team`, format 4 the `instruments` and `ties`; they are required
 * here because import migrates an older file (which gets them empty) before it is checked.
 */
import { z } from 'zod';
import {
  COMPETENCY_LEVELS,
  CONSENSUS_LEVELS,
  ALTERNATIVES,
  GOVERNANCE_FORMS,
  INSTRUMENT_TYPES,
  INVOLVEMENTS,
  MAX_FIRST_NAME_LENGTH,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  RELATION_EFFECTS,
  RESOURCE_KINDS,
  SCHEMA_VERSION,
  TIE_KINDS,
  TRUST_LEVELS,
  UPTAKES,
  VERDICTS,
  type Strategic,
} from '../domain/arena';
import { ATTRIBUTES } from '../domain/vocabularies';
import type { RecordCollection } from '../domain/records';
import { MAX_DATE_LENGTH, MAX_ID_LENGTH, MAX_TAGS_PER_ATTRIBUTE } from './limits';

const id = z.string().min(1).max(MAX_ID_LENGTH);
const date = z.string().max(MAX_DATE_LENGTH).meta({ description: 'ISO 8601 date and time, e.g. 2025-03-01T09:30:00.000Z' });
/** Required text of a name or label: at least one non-whitespace character (same as `checkName`). */
const name = z.string().max(MAX_NAME_LENGTH).regex(/\S/);
const text = z.string().max(MAX_TEXT_LENGTH);
const tagKey = z.string().min(1).max(MAX_ID_LENGTH);
const tagList = z.array(tagKey).max(MAX_TAGS_PER_ATTRIBUTE);

/** The answers to "can we reach the goal alone?" (Strategic['alone'] without null). */
export const ALONE_ANSWERS = ['yes', 'partly', 'no'] as const;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile when domain/arena.ts changes the answers without this list. */
const _aloneAnswersMatch: Same<(typeof ALONE_ANSWERS)[number], NonNullable<Strategic['alone']>> = true;
/** Resource scores: 1 (low) to 4 (high). */
const score = z.int().min(1).max(4);

export const pointSchema = z.looseObject({ x: z.number(), y: z.number() });

export const resourceSchema = z.looseObject({
  id,
  kind: z.enum(RESOURCE_KINDS),
  importance: score.meta({ description: 'How important the resource is to the network: 1 (low) to 4 (high).' }),
  replaceability: score.meta({ description: 'How easily another organisation could supply it: 1 (hardly) to 4 (easily).' }),
  note: text,
  updatedAt: date,
});

export const partnerSchema = z.looseObject({
  id,
  name: name.meta({ description: 'Name of the organisation; not blank.' }),
  type: z.string().max(MAX_NAME_LENGTH).meta({ description: 'Kind of organisation, free text; may be empty.' }),
  notes: text,
  position: pointSchema.nullable().meta({
    description: 'Centre of the node in map coordinates (goal at the origin); null while not on the map.',
  }),
  expertise: tagList.meta({ description: 'Expertise tag keys, the main one first.' }),
  style: tagKey.nullable().meta({ description: 'One style tag key, or null when not tagged.' }),
  perspective: tagList.meta({ description: 'Perspective tag keys.' }),
  resources: z.record(z.string(), resourceSchema).meta({
    description: 'What the network depends on this partner for, keyed by resource id (format 2).',
  }),
  addedBy: z
    .looseObject({
      id: id.meta({ description: "The participant's id (chosen by their device)." }),
      name: z.string().max(MAX_FIRST_NAME_LENGTH).meta({ description: 'First name as the participant typed it.' }),
    })
    .optional()
    .meta({ description: 'Who brought the partner in during a live workshop; absent otherwise (and in older files).' }),
  createdAt: date,
  updatedAt: date,
});

export const customTagSchema = z.looseObject({
  id: id.meta({ description: 'The tag key, `custom:<uuid>`; partners refer to it.' }),
  attribute: z.enum(ATTRIBUTES),
  label: name,
  updatedAt: date,
});

export const acknowledgementSchema = z.looseObject({
  id: id.meta({ description: 'Stable key of the accepted finding (rule + subject).' }),
  reason: text,
  updatedAt: date,
});

export const actionSchema = z.looseObject({
  id,
  title: name.meta({ description: 'What the action is; not blank.' }),
  description: text,
  involvement: z.record(z.string(), z.enum(INVOLVEMENTS)).meta({
    description: 'Partner id → how that partner takes part; a partner not listed is not involved. Every id names a partner of this arena.',
  }),
  createdAt: date,
  updatedAt: date,
});

export const strategicSchema = z.looseObject({
  alone: z.enum(ALONE_ANSWERS).nullable().meta({ description: 'Can the goal be reached without a network? null: not answered yet.' }),
  aloneWhy: text,
  complexity: text,
  result: text.meta({ description: 'What result will show the goal is reached.' }),
  deadline: text.meta({ description: 'By when, free text.' }),
  updatedAt: date,
});

export const governanceSchema = z.looseObject({
  form: z.enum(GOVERNANCE_FORMS).nullable().meta({ description: 'Governance form; null: not chosen yet.' }),
  trust: z.enum(TRUST_LEVELS).nullable(),
  consensus: z.enum(CONSENSUS_LEVELS).nullable(),
  competencies: z.enum(COMPETENCY_LEVELS).nullable(),
  mandated: z.boolean().meta({ description: 'Imposed by a decree rather than set up locally.' }),
  mandateNote: text,
  updatedAt: date,
});

export const teamMemberSchema = z.looseObject({
  id,
  name: name.meta({ description: 'Name of the colleague; not blank.' }),
  answers: z.record(z.string(), z.int().min(1).max(5)).meta({
    description: 'Statement id → agreement from 1 (disagree) to 5 (agree) in the roles self-check.',
  }),
  createdAt: date,
  updatedAt: date,
});

export const instrumentSchema = z.looseObject({
  id,
  partnerId: id.meta({ description: 'The partner the instrument steers; names a partner of this arena.' }),
  name: name.meta({ description: 'Name of the instrument, e.g. "subsidy agreement 2025–2027"; not blank.' }),
  type: z.enum(INSTRUMENT_TYPES).meta({
    description:
      'Kind of regie instrument, from little to much power to impose: communicative (persuasion), market (subsidies, premiums, tenders), juridical (law, decrees, permits), hierarchical (own services or controlled entities; Arena\'s name for the fourth type).',
  }),
  notes: text,
  aim: text.meta({ description: 'Instrument sheet: what it should achieve.' }),
  uptake: z.enum(UPTAKES).nullable().meta({ description: 'Instrument sheet: is it used? null: not answered yet.' }),
  relation: z.enum(RELATION_EFFECTS).nullable().meta({ description: 'Instrument sheet: its effect on the relation with the partner. null: not answered yet.' }),
  alternatives: z.enum(ALTERNATIVES).nullable().meta({
    description: 'Instrument sheet: how many other organisations in the local context could deliver. null: not answered yet.',
  }),
  verdict: z.enum(VERDICTS).nullable().meta({ description: 'Instrument sheet: keep, adjust or replace. null: not decided yet.' }),
  createdAt: date,
  updatedAt: date,
});

export const tieSchema = z.looseObject({
  id,
  from: id.meta({ description: 'A partner of this arena.' }),
  to: id.meta({ description: 'Another partner of this arena (never the same as "from").' }),
  kind: z.enum(TIE_KINDS).meta({ description: 'works: works well with; trusts: trusts; conflict: in conflict with.' }),
  note: text,
  createdAt: date,
  updatedAt: date,
});

export const partnersSchema = z.record(z.string(), partnerSchema).meta({
  description: 'Partners keyed by their id (each key equals the record\'s "id").',
});
export const tagsSchema = z.record(z.string(), customTagSchema).meta({
  description: 'Custom tags made in this arena, keyed by their id.',
});
export const acknowledgementsSchema = z.record(z.string(), acknowledgementSchema).meta({
  description: 'Findings the group has accepted on purpose, keyed by the finding key.',
});

export const actionsSchema = z.record(z.string(), actionSchema).meta({
  description: 'Actions (sub-goals) of the network, keyed by their id.',
});
export const teamSchema = z.record(z.string(), teamMemberSchema).meta({
  description: "The team's answers to the network-management roles self-check, one record per colleague, keyed by id.",
});

export const instrumentsSchema = z.record(z.string(), instrumentSchema).meta({
  description: 'Regie instruments by which the local government steers partners, keyed by their id (format 4).',
});
export const tiesSchema = z.record(z.string(), tieSchema).meta({
  description: 'Ties between two partners (works well with, trusts, conflict), keyed by their id (format 4).',
});

export const arenaSchema = z.looseObject({
  id,
  schemaVersion: z.int().min(1).meta({ description: 'Equals the envelope "version".' }),
  title: z.string().max(MAX_NAME_LENGTH),
  goal: text,
  createdAt: date,
  updatedAt: date,
  partners: partnersSchema,
  tags: tagsSchema,
  acknowledgements: acknowledgementsSchema,
  strategic: strategicSchema,
  governance: governanceSchema,
  actions: actionsSchema,
  team: teamSchema,
  instruments: instrumentsSchema,
  ties: tiesSchema,
});

/**
 * The file: `{ type: 'arena', version, app, appVersion, exportedAt, arena }`. `version` is the format
 * version of the arena inside and always equals `arena.schemaVersion`; `app`, `appVersion` and `exportedAt`
 * are written on every export but optional on import (a file made by another tool may lack them).
 */
export const arenaFileSchema = z.looseObject({
  type: z.literal('arena'),
  version: z.int().min(1).meta({ description: `Format version; this app writes ${SCHEMA_VERSION}.` }),
  app: z.string().max(MAX_NAME_LENGTH).optional().meta({ description: 'Name of the app that wrote the file: "Arena".' }),
  appVersion: z.string().max(MAX_NAME_LENGTH).optional(),
  exportedAt: date.optional(),
  arena: arenaSchema,
});

export type ArenaFile = z.infer<typeof arenaFileSchema>;

/** The schema of one record of each collection (domain/records.ts), for code that checks records one by one. */
export const RECORD_SCHEMAS = {
  partners: partnerSchema,
  tags: customTagSchema,
  acknowledgements: acknowledgementSchema,
  actions: actionSchema,
  team: teamMemberSchema,
  instruments: instrumentSchema,
  ties: tieSchema,
} as const satisfies Record<RecordCollection, z.ZodType>;
