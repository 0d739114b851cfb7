/**
 * JSON Schema (draft 2020-12) of the arena file, generated from the zod schemas so it cannot drift from what
 * the app accepts. `public/arena.schema.json` holds its output; a unit test keeps the two equal
 * (regenerate: `UPDATE_SCHEMA=1 npx vitest run tests/unit/io/json-schema.test.ts`). Not expressible here and
 * checked in code only: record keys equal ids, an action's involvement names only partners of the arena, no
 * duplicate or `__proto__`/`constructor`/`prototype` field names, nesting depth ≤ 64.
 */
import { z } from 'zod';
import { SCHEMA_VERSION } from '../domain/arena';
import { MAX_DEPTH, MAX_PARTNERS } from './limits';
import { arenaFileSchema, partnersSchema } from './schema';

export const ARENA_SCHEMA_ID = `urn:arena:file-format:v${SCHEMA_VERSION}`;

export function arenaJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(arenaFileSchema, {
    target: 'draft-2020-12',
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === partnersSchema) jsonSchema.maxProperties = MAX_PARTNERS;
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: ARENA_SCHEMA_ID,
    title: 'Arena file',
    description:
      `An arena analysis exported by Arena (.arena.json; also embedded in .arena.png as a zlib-compressed iTXt chunk with keyword "arena"). ` +
      `Format version ${SCHEMA_VERSION}. Unknown fields are allowed and kept. Also required: every record's key equals its "id"; ` +
      `every partner id in an action's "involvement" is a key of "partners"; ` +
      `no field named "__proto__", "constructor" or "prototype"; no field twice in one object; nesting at most ${MAX_DEPTH} levels.`,
    ...rest,
  };
}

/** The schema as written to public/arena.schema.json. */
export function arenaJsonSchemaText(): string {
  return JSON.stringify(arenaJsonSchema(), null, 2) + '\n';
}
