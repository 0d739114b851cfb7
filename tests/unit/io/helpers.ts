/** Test helpers of the io tests: arenas and PNGs built by hand (node:zlib is independent of src/io). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import type { Acknowledgement, Arena, ArenaAction, CustomTag, Instrument, Partner, Resource, TeamMember, Tie } from '../../../src/domain/arena';
import { emptyGovernance, emptyStrategic, SCHEMA_VERSION } from '../../../src/domain/arena';

export const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
export const NOW = '2025-03-14T10:15:00.000Z';

export function readFixture(relative: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURES, relative)));
}
export function readFixtureText(relative: string): string {
  return fs.readFileSync(path.join(FIXTURES, relative), 'utf8');
}

export function partner(id: string, overrides: Partial<Partner> = {}): Partner {
  return {
    id,
    name: `Partner ${id}`,
    type: '',
    notes: '',
    position: null,
    expertise: [],
    style: null,
    perspective: [],
    resources: {},
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export function resource(id: string, overrides: Partial<Resource> = {}): Resource {
  return { id, kind: 'knowledge', importance: 3, replaceability: 2, note: '', updatedAt: NOW, ...overrides };
}

/** Resources keyed by id, for `partner(id, { resources: resources(…) })`. */
export function resources(...list: Resource[]): Record<string, Resource> {
  return Object.fromEntries(list.map((r) => [r.id, r]));
}

export function action(id: string, overrides: Partial<ArenaAction> = {}): ArenaAction {
  return { id, title: `Action ${id}`, description: '', involvement: {}, createdAt: NOW, updatedAt: NOW, ...overrides };
}

export function teamMember(id: string, overrides: Partial<TeamMember> = {}): TeamMember {
  return { id, name: `Member ${id}`, answers: {}, createdAt: NOW, updatedAt: NOW, ...overrides };
}

export function customTag(id: string, overrides: Partial<CustomTag> = {}): CustomTag {
  return { id, attribute: 'expertise', label: `Tag ${id}`, updatedAt: NOW, ...overrides };
}

export function acknowledgement(id: string, reason = 'On purpose.'): Acknowledgement {
  return { id, reason, updatedAt: NOW };
}

export function arena(
  parts: {
    partners?: Partner[];
    tags?: CustomTag[];
    acknowledgements?: Acknowledgement[];
    actions?: ArenaAction[];
    team?: TeamMember[];
    instruments?: Instrument[];
    ties?: Tie[];
  } = {},
): Arena {
  return {
    id: 'arena-1',
    schemaVersion: SCHEMA_VERSION,
    title: 'Test arena',
    goal: '',
    createdAt: NOW,
    updatedAt: NOW,
    partners: Object.fromEntries((parts.partners ?? []).map((p) => [p.id, p])),
    tags: Object.fromEntries((parts.tags ?? []).map((t) => [t.id, t])),
    acknowledgements: Object.fromEntries((parts.acknowledgements ?? []).map((a) => [a.id, a])),
    strategic: emptyStrategic(NOW),
    governance: emptyGovernance(NOW),
    actions: Object.fromEntries((parts.actions ?? []).map((a) => [a.id, a])),
    team: Object.fromEntries((parts.team ?? []).map((m) => [m.id, m])),
    instruments: Object.fromEntries((parts.instruments ?? []).map((i) => [i.id, i])),
    ties: Object.fromEntries((parts.ties ?? []).map((t) => [t.id, t])),
  };
}

export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(zlib.crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return new Uint8Array(out);
}

/** A valid 2×1 RGB PNG, with `extra` chunks placed before IEND. */
export function tinyPng(extra: Uint8Array[] = []): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const idat = zlib.deflateSync(Buffer.from([0, 200, 40, 40, 40, 40, 200]));
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', idat),
    ...extra,
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

/** An `iTXt` chunk made with node:zlib, the way the arena format stores its text. */
export function arenaITXt(payload: Uint8Array, compressed: boolean): Uint8Array {
  const head = Buffer.from([...Buffer.from('arena', 'latin1'), 0, compressed ? 1 : 0, 0, 0, 0]);
  return pngChunk('iTXt', concat([head, compressed ? zlib.deflateSync(payload) : payload]));
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** A file source for readArenaFile. */
export function fileOf(name: string, bytes: Uint8Array, size = bytes.length) {
  let reads = 0;
  return {
    name,
    size,
    get reads() {
      return reads;
    },
    bytes: async () => {
      reads++;
      return bytes;
    },
  };
}
