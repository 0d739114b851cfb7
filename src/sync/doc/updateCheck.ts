/**
 * The sync server's check of what a client sends, so a buggy or hostile client cannot poison the stored
 * document for everyone. It keeps a shadow copy of the room's document, applies each update to it, and
 * checks only what the update touched, with the same record checks as every client's read (decode.ts):
 * a record that would be unreadable, a record removed without a tombstone, a field of the arena, the
 * strategic question or the governance that is not valid, a bookkeeping value of the wrong kind, a
 * document newer than this code, or a root type the layout does not have. Pure TypeScript, for Node and
 * the browser.
 *
 * On `ok: false` the shadow may already hold the refused update: the server refuses the connection (the
 * client starts over) and calls `reset` with the real document's state.
 */
import * as Y from 'yjs';
import { SCHEMA_VERSION } from '../../domain/arena';
import { isRecordCollection } from '../../domain/records';
import { clip } from '../../io/errors';
import { decodeRecord, isFormat, isKnownMetaField, isKnownPartField, metaFieldOk, partFieldOk } from './decode';
import { FORMAT, GOVERNANCE, META, MIGRATIONS, STRATEGIC, placeOf, roots, type AnyType, type Part, type Roots } from './layout';

export type CheckResult = { ok: true } | { ok: false; reason: string };

export interface UpdateCheckOptions {
  /** The newest document format accepted (default SCHEMA_VERSION). */
  supportedFormat?: number;
}

export class UpdateChecker {
  private shadow!: Y.Doc;
  private r!: Roots;
  private names!: Map<AnyType, string>;
  private readonly supported: number;

  constructor(state: Uint8Array, options: UpdateCheckOptions = {}) {
    this.supported = options.supportedFormat ?? SCHEMA_VERSION;
    this.reset(state);
  }

  /** Starts again from `state` (the real document, e.g. after a refused update). */
  reset(state: Uint8Array): void {
    this.shadow?.destroy();
    this.shadow = new Y.Doc();
    this.r = roots(this.shadow);
    this.names = new Map(Object.entries(this.r).map(([name, type]) => [type as AnyType, name]));
    if (state.length > 0) Y.applyUpdate(this.shadow, state);
  }

  /** Applies `update` to the shadow and checks what it touched. */
  check(update: Uint8Array): CheckResult {
    const touched = new Map<string, Set<string | null>>();
    let unknownRoot: string | null = null;
    const onTransaction = (tr: Y.Transaction) => {
      for (const [type, keys] of tr.changed) {
        const { root, key } = placeOf(type);
        const name = this.names.get(root);
        if (name === undefined) {
          unknownRoot ??= this.rootNameOf(root);
          continue;
        }
        let set = touched.get(name);
        if (!set) touched.set(name, (set = new Set()));
        if (root === type) for (const k of keys) set.add(k);
        else set.add(key);
      }
    };
    this.shadow.on('afterTransaction', onTransaction);
    try {
      Y.applyUpdate(this.shadow, update);
    } catch {
      return { ok: false, reason: 'the update could not be decoded' };
    } finally {
      this.shadow.off('afterTransaction', onTransaction);
    }
    if (unknownRoot !== null) return { ok: false, reason: `writes to ${clip(unknownRoot)}, which is not part of an arena` };
    for (const [name, keys] of touched) {
      const problem = this.problemIn(name, keys);
      if (problem) return { ok: false, reason: problem };
    }
    return { ok: true };
  }

  /** Frees the shadow document. */
  destroy(): void {
    this.shadow.destroy();
  }

  private problemIn(name: string, keys: ReadonlySet<string | null>): string | null {
    if (keys.has(null)) return `${name}: a list entry in a map of named entries`;
    const map = this.r[name as keyof Roots];
    for (const key of keys as ReadonlySet<string>) {
      const value = map.get(key);
      if (isRecordCollection(name)) {
        const read = decodeRecord(name, key, value);
        if (read.state === 'invalid') return `${name}/${clip(key)}: ${read.reason}`;
        if (read.state === 'gone' && !map.has(key)) return `${name}/${clip(key)}: removed without a tombstone`;
      } else if (name === META) {
        if (value === undefined ? isKnownMetaField(key) : !metaFieldOk(key, value)) return `${META}.${clip(key)}: not a valid value`;
        if (key === FORMAT && isFormat(value) && value > this.supported) return `${META}.${FORMAT}: format ${value} is newer than this server reads (${this.supported})`;
      } else if (name === MIGRATIONS) {
        if (!isFormat(value)) return `${MIGRATIONS}.${clip(key)}: not a format number`;
        if (value > this.supported) return `${MIGRATIONS}.${clip(key)}: format ${value} is newer than this server reads (${this.supported})`;
      } else if (name === STRATEGIC || name === GOVERNANCE) {
        const part = name as Part;
        if (value === undefined ? isKnownPartField(part, key) : !partFieldOk(part, key, value)) return `${name}.${clip(key)}: not a valid value`;
      }
    }
    return null;
  }

  private rootNameOf(root: AnyType): string {
    for (const [name, type] of this.shadow.share) if (type === root) return name;
    return 'an unnamed type';
  }
}

