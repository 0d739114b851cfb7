/**
 * v3 → v4: regie instruments and ties between partners. Adds the arena's `instruments` (how the local
 * government steers each partner, with the group's assessment) and `ties` (who works well with, trusts or
 * is in conflict with whom), both empty. A file that has them already (hand-made) keeps what it has, for
 * validation to judge; every other field stays as it is.
 */
import type { RawDoc } from './index';

export function v3ToV4(doc: RawDoc): RawDoc {
  return { instruments: {}, ties: {}, ...doc };
}
