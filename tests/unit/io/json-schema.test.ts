/**
 * public/arena.schema.json is generated from the zod schemas and must stay equal to them.
 * Regenerate after changing src/io/schema.ts:  UPDATE_SCHEMA=1 npx vitest run tests/unit/io/json-schema.test.ts
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { arenaJsonSchema, arenaJsonSchemaText } from '../../../src/io/json-schema';
import { readFixtureText } from './helpers';

const FILE = fileURLToPath(new URL('../../../public/arena.schema.json', import.meta.url));

describe('JSON Schema of the arena file', () => {
  it('public/arena.schema.json equals the generated schema', () => {
    const generated = arenaJsonSchemaText();
    if (process.env.UPDATE_SCHEMA === '1') fs.writeFileSync(FILE, generated);
    const committed = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : '';
    expect(
      committed,
      'public/arena.schema.json is out of date; regenerate it with: UPDATE_SCHEMA=1 npx vitest run tests/unit/io/json-schema.test.ts',
    ).toBe(generated);
  });

  it('is a draft 2020-12 schema with id, title and description', () => {
    const schema = arenaJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^urn:arena:/);
    expect(schema.title).toBe('Arena file');
    expect(typeof schema.description).toBe('string');
    expect(schema.required).toEqual(['type', 'version', 'arena']);
  });

  it('describes the v1 fixture: every field it uses is a declared property', () => {
    const schema = arenaJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> }> };
    const fixture = JSON.parse(readFixtureText('formats/v1.arena.json')) as Record<string, Record<string, unknown>>;
    expect(Object.keys(fixture).every((k) => k in schema.properties)).toBe(true);
    const arenaProps = schema.properties.arena!.properties!;
    expect(Object.keys(fixture.arena!).every((k) => k in arenaProps)).toBe(true);
    const partners = arenaProps.partners as { maxProperties: number; additionalProperties: { properties: Record<string, unknown> } };
    expect(partners.maxProperties).toBe(10_000);
    const aPartner = Object.values(fixture.arena!.partners as Record<string, object>)[0]!;
    expect(Object.keys(aPartner).every((k) => k in partners.additionalProperties.properties)).toBe(true);
  });
});
