/**
 * The bench's Node entry: bundled by run.mjs (Vite SSR build) into tests/.output/bench/lib/lib.js, so the
 * plain-JS runner can use the app's TypeScript (Node 20 runs no TypeScript by itself).
 */
export { analyse } from '../../src/domain/analysis/index';
export { benchArena, benchArenaFile, movedVersion, openedVersion, storedVersion } from './fixture';
export { spreadPositions } from './positions';
export { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';
// The first step of analyse() on a document seen for the first time, timed on its own to explain that figure's growth.
export { partnersInOrder } from '../../src/domain/arena';
// The sync group (sync.mjs): shared documents, store-like edits, provider clients, the offline merge.
export { editorOf, mergeOffline, participantAdd, providerClient, sharedBenchDoc } from './syncLib';
export { prng } from '../prng';
