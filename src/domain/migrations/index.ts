/**
 * Numbered migrations of the stored document format, one pure function per step (vN → vN+1). The
 * database upgrade and file import both run `migrateToCurrent`, so an old file opens like an old database.
 * Every past format has a frozen fixture in tests/fixtures/formats/ that a test opens with today's code.
 */
import { SCHEMA_VERSION } from '../arena';
import { v2ToV3 } from './v2ToV3';
import { v3ToV4 } from './v3ToV4';

export type RawDoc = Record<string, unknown>;
type Migration = (doc: RawDoc) => RawDoc;

/**
 * v1 → v2: the whole arena analysis beyond the map. Adds the strategic question, governance, actions,
 * the team's roles check, and per partner the resources it brings, all empty. Unknown fields stay.
 */
function v1ToV2(doc: RawDoc): RawDoc {
  const stamp = typeof doc.updatedAt === 'string' ? doc.updatedAt : new Date(0).toISOString();
  // A damaged `partners` is left as it is, so validation can say what is wrong with it.
  let migratedPartners: unknown = doc.partners;
  if (isRecord(doc.partners)) {
    const out: Record<string, unknown> = {};
    for (const [key, partner] of Object.entries(doc.partners)) out[key] = isRecord(partner) ? { resources: {}, ...partner } : partner;
    migratedPartners = out;
  }
  return {
    strategic: { alone: null, aloneWhy: '', complexity: '', result: '', deadline: '', updatedAt: stamp },
    governance: { form: null, trust: null, consensus: null, competencies: null, mandated: false, mandateNote: '', updatedAt: stamp },
    actions: {},
    team: {},
    ...doc,
    partners: migratedPartners,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** MIGRATIONS[n] turns a version-n document into a version-(n+1) one. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: v1ToV2, 2: v2ToV3, 3: v3ToV4 };

export type MigrationResult =
  | { ok: true; doc: RawDoc; from: number }
  | { ok: false; error: 'newer'; version: number }
  | { ok: false; error: 'badVersion' };

export function migrateToCurrent(doc: RawDoc): MigrationResult {
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: 'badVersion' };
  if (version > SCHEMA_VERSION) return { ok: false, error: 'newer', version };
  let current = doc;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration from schema version ${v}`);
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return { ok: true, doc: current, from: version };
}
