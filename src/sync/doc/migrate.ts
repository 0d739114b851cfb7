/**
 * Migrations of shared documents. A shared document is never rebuilt from JSON (a stale replica would
 * merge the old content back in): a format change is a list of steps, each applied once to the document
 * itself, on whichever replica meets it first, often on several at once while they are offline. So a step
 * must be
 * - additive: it sets values; it never deletes a record, a field or a key, and never replaces a container;
 * - deterministic: what it writes depends only on the step, never on the time, the device or content
 *   another replica may change meanwhile (a value derived from a record's fields is derived when reading,
 *   not stored), so two replicas that run it at once write the same values and the merge keeps one;
 * - idempotent: it writes nothing that is already there, so running it again changes nothing;
 * - without new nested containers under existing records (two replicas would each create one and the merge
 *   would keep only one of them, with what was written into it): new containers are new root types (and
 *   updateCheck.ts / layout.ts ROOT_NAMES learn them with the step);
 * - silent about edits: it writes no `editId` (it is not an edit, and must not revive a deleted record).
 * Records that arrive later from a replica that was still on the old format (made offline before it saw
 * the new one) lack what the step adds: readers must accept that, as a file of the old format is accepted.
 *
 * The step's id is kept in `migrations` with the format it brings the document to; the document's format
 * is the largest of `meta.format` and those (decode.ts), so a replica that does not know a step still sees
 * that the document is newer than it reads, and shows it read-only (read.ts `tooNew`).
 */
import type * as Y from 'yjs';
import { SCHEMA_VERSION } from '../../domain/arena';
import { decodeMeta } from './decode';
import { FORMAT, MIGRATION_ORIGIN, roots, type Roots } from './layout';

export interface SharedMigration {
  /** Stable and unique, e.g. `v4-partner-kind`: its key in `migrations`. */
  id: string;
  /** The document format once this step has run. */
  format: number;
  /** Writes the step (inside a transaction; see the rules above). */
  run(r: Roots): void;
}

/** Steps of the formats after 3 (the first shared format), in order. */
export const SHARED_MIGRATIONS: readonly SharedMigration[] = [
  // Format 4 adds the `instruments` and `ties` root types, which exist empty on every replica as soon as
  // they are named: the step writes nothing but the format, so that an app of format 3 shows the arena
  // read-only instead of writing beside records it cannot see.
  { id: 'v4-instruments-ties', format: 4, run: () => {} },
];

export type MigrateOutcome =
  /** Nothing to read yet (a device that joined and has not received the arena). */
  | { status: 'empty' }
  | { status: 'current'; format: number }
  | { status: 'migrated'; format: number; applied: string[] }
  /** The document is newer than this code: it was left as it is. */
  | { status: 'tooNew'; format: number };

export interface MigrateOptions {
  /** The newest format this code reads (default: SCHEMA_VERSION, or the newest format among the steps). */
  supportedFormat?: number;
}

/** Applies every step the document has not had yet, each in its own transaction (never undone). */
export function migrateShared(ydoc: Y.Doc, steps: readonly SharedMigration[] = SHARED_MIGRATIONS, options: MigrateOptions = {}): MigrateOutcome {
  const r = roots(ydoc);
  const supported = options.supportedFormat ?? Math.max(SCHEMA_VERSION, ...steps.map((s) => s.format));
  const format = decodeMeta(r.meta, r.migrations).format;
  if (format === 0) return { status: 'empty' };
  if (format > supported) return { status: 'tooNew', format };
  const applied: string[] = [];
  for (const step of steps) {
    if (r.migrations.has(step.id)) continue;
    ydoc.transact(() => {
      step.run(r);
      r.migrations.set(step.id, step.format);
      const current = r.meta.get(FORMAT);
      if (typeof current !== 'number' || current < step.format) r.meta.set(FORMAT, step.format);
    }, MIGRATION_ORIGIN);
    applied.push(step.id);
  }
  const now = decodeMeta(r.meta, r.migrations).format;
  return applied.length ? { status: 'migrated', format: now, applied } : { status: 'current', format: now };
}
