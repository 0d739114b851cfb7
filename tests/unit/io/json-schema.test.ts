/**
 * public/arena.schema.json is generated from the zod schemas and must stay equal to them.
 * Regenerate after changing src/io/schema.ts:  UPDATE_SCHEMA=1 npx vitest run tests/unit/io/json-schema.test.ts
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { arenaJsonSchema, arenaJsonSchemaText } from '../../../src/io/json-schema';
import {
  COMPETENCY_LEVELS,
  CONSENSUS_LEVELS,
  GOVERNANCE_FORMS,
  INVOLVEMENTS,
  RESOURCE_KINDS,
  TRUST_LEVELS,
} from '../../../src/domain/arena';
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

  type Props = Record<string, { properties?: Props; additionalProperties?: { properties?: Props } }>;
  /** Every field the value uses is a declared property of the schema node, recursively through objects and records. */
  function undeclared(value: unknown, node: { properties?: Props; additionalProperties?: unknown }, path: string): string[] {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
    const entries = Object.entries(value as Record<string, unknown>);
    if (node.properties) {
      return entries.flatMap(([k, v]) => (k in node.properties! ? undeclared(v, node.properties![k]!, `${path}.${k}`) : [`${path}.${k}`]));
    }
    const items = node.additionalProperties;
    if (items && typeof items === 'object' && 'properties' in items) {
      return entries.flatMap(([k, v]) => undeclared(v, items as { properties?: Props }, `${path}[${k}]`));
    }
    return [];
  }

  it.each(['v1', 'v2'])('describes the %s fixture: every field it uses, at every level, is a declared property', (version) => {
    const schema = arenaJsonSchema() as { properties: Props };
    const fixture = JSON.parse(readFixtureText(`formats/${version}.arena.json`)) as Record<string, unknown>;
    expect(undeclared(fixture, schema, 'file')).toEqual([]);
    expect(undeclared({ arena: { partners: { p: { resources: { r: { cost: 1 } } } } } }, schema, 'file')).toEqual([
      'file.arena.partners[p].resources[r].cost',
    ]);
    const partners = schema.properties.arena!.properties!.partners as unknown as { maxProperties: number };
    expect(partners.maxProperties).toBe(10_000);
  });

  it('lists the enums of format 2 from the domain', () => {
    const schema = arenaJsonSchema() as { properties: Props };
    const arenaProps = schema.properties.arena!.properties!;
    const text = JSON.stringify(arenaProps);
    for (const values of [RESOURCE_KINDS, INVOLVEMENTS, GOVERNANCE_FORMS, TRUST_LEVELS, CONSENSUS_LEVELS, COMPETENCY_LEVELS]) {
      expect(text).toContain(JSON.stringify(values));
    }
  });
});
