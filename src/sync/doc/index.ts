/**
 * The shared arena document (Yjs), pure TypeScript for the app and the sync server. The server needs only
 * `./updateCheck`; import that file directly there to leave the rest out.
 */
export { LOCAL_ORIGIN, MIGRATION_ORIGIN, PLACEMENT_ORIGIN, SEED_ORIGIN, ROOT_NAMES, roots, type Roots } from './layout';
export { createSharedDoc, isSeeded, seedDoc, type SeedOptions } from './seed';
export { createArenaReader, readArena, type ArenaRead, type ArenaReader, type ReadLocal, type ReadOptions, type SharedPart } from './read';
export { shareRecord, writeChanges, type WriteOptions } from './write';
export { canonicalArena, normaliseArena, normalisePartnerTags } from './normalise';
export { createPersonalUndo, type PersonalUndo, type PersonalUndoOptions, type UndoOutcome } from './undo';
export { SHARED_MIGRATIONS, migrateShared, type MigrateOptions, type MigrateOutcome, type SharedMigration } from './migrate';
export { UpdateChecker, type CheckResult, type UpdateCheckOptions } from './updateCheck';
