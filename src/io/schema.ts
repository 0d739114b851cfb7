/**
 * zod schemas of the arena file: the document (domain/arena.ts) and the envelope around it. Every object is
 * loose (`z.looseObject`): fields this version does not know are kept, so a file written by a newer app
 * survives a round trip through this one. Things a schema cannot say (a record's key equals its `id`, at
 * most MAX_PARTNERS partners, nesting depth, forbidden field names) are checked in json.ts.
 */
import { z } from 'zod';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, SCHEMA_VERSION } from '../domain/arena';
import { ATTRIBUTES } from '../domain/vocabularies';
import { MAX_DATE_LENGTH, MAX_ID_LENGTH, MAX_TAGS_PER_ATTRIBUTE } from './limits';

const id = z.string().min(1).max(MAX_ID_LENGTH);
const date = z.string().max(MAX_DATE_LENGTH).meta({ description: 'ISO 8601 date and time, e.g. 2025-03-01T09:30:00.000Z' });
/** Required text of a name or label: at least one non-whitespace character (same as `checkName`). */
const name = z.string().max(MAX_NAME_LENGTH).regex(/\S/);
const text = z.string().max(MAX_TEXT_LENGTH);
const tagKey = z.string().min(1).max(MAX_ID_LENGTH);
const tagList = z.array(tagKey).max(MAX_TAGS_PER_ATTRIBUTE);

export const pointSchema = z.looseObject({ x: z.number(), y: z.number() });

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

export const partnersSchema = z.record(z.string(), partnerSchema).meta({
  description: 'Partners keyed by their id (each key equals the record\'s "id").',
});
export const tagsSchema = z.record(z.string(), customTagSchema).meta({
  description: 'Custom tags made in this arena, keyed by their id.',
});
export const acknowledgementsSchema = z.record(z.string(), acknowledgementSchema).meta({
  description: 'Findings the group has accepted on purpose, keyed by the finding key.',
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
