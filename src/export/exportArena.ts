/** The three exports of an arena: PNG (with the arena inside), JSON and CSV. */
import type { Arena } from '../domain/arena';
import type { Finding } from '../domain/analysis';
import { encodeArenaFile } from '../io/json';
import { canonicalArena, normaliseArena } from '../sync/doc/normalise';
import { embedArenaInPng } from '../io/png-chunks';
import { partnersToCsv, type CsvColumn, type CsvDelimiter } from '../io/csv';
import { safeFileName } from '../io/filename';
import { tagLabel, type Translate } from '../i18n';
import type { MessageKey } from '../i18n';
import type { Language } from '../store/preferences';
import { download } from './download';
import { renderArenaPng } from './renderMap';

export const APP_VERSION: string = import.meta.env.VITE_APP_VERSION ?? '0.0.0';

/**
 * The file: records in one order (creation, then id) and each partner's tags in one order (the main
 * expertise first, the rest sorted), so two devices of a shared arena export the same bytes: the order
 * in which records and tags reached a device differs from one device to the next, and means nothing.
 */
export function arenaJson(arena: Arena, now = new Date().toISOString(), versions?: readonly FileVersion[]): string {
  const canonical = (a: Arena) => canonicalArena(normaliseArena(a));
  return encodeArenaFile(canonical(arena), {
    appVersion: APP_VERSION,
    now,
    ...(versions ? { versions: versions.map((v) => ({ ...v, arena: canonical(v.arena) })) } : {}),
  });
}

/** The arena file; with `versions` (the export dialog's choice) it carries the saved versions too. */
export function exportJson(arena: Arena, versions?: readonly FileVersion[]): void {
  download(new Blob([arenaJson(arena, undefined, versions)], { type: 'application/json' }), safeFileName(arena.title, '.arena.json'));
}

/** A saved version as the file carries it. */
export interface FileVersion {
  id: string;
  name: string;
  savedAt: string;
  arena: Arena;
}

/**
 * Each column is headed with the word the editor uses for that field (the inspector's labels, the tags'
 * group names, the Actions tab), so the spreadsheet and the screen never name a field differently. The
 * dependency has no label of its own on screen; its header is the word the resources summary starts with.
 */
export const CSV_HEADER_KEYS: Record<CsvColumn, MessageKey> = {
  name: 'inspector.name',
  type: 'inspector.type',
  ring: 'inspector.ring',
  expertise: 'attr.expertise',
  style: 'attr.style',
  perspective: 'attr.perspective',
  dependency: 'csv.dependency',
  actions: 'tabs.actions',
  notes: 'inspector.notes',
};

/** Dutch spreadsheets (Belgian and Dutch regional settings) split on `;`, English ones on `,`. */
export function csvDelimiter(language: Language): CsvDelimiter {
  return language === 'nl' ? ';' : ',';
}

export function arenaCsv(arena: Arena, t: Translate, language: Language): string {
  return partnersToCsv(
    arena,
    {
      tag: (attribute, key) => tagLabel(t, attribute, key, arena.tags),
      placement: (p) => t(`ring.${p}`),
      column: (c) => t(CSV_HEADER_KEYS[c]),
      dependency: (d) => t(`dependency.${d}`),
      involvement: (i) => t(`involvement.${i}`),
    },
    { delimiter: csvDelimiter(language) },
  );
}

export function exportCsv(arena: Arena, t: Translate, language: Language): void {
  download(new Blob([arenaCsv(arena, t, language)], { type: 'text/csv;charset=utf-8' }), safeFileName(arena.title, '.csv'));
}

export interface PngOptions {
  scale: 1 | 2;
  /** The UI language's locale, for the date and numbers. */
  locale: string;
  /** The map alone, without title, legend and warnings. */
  mapOnly?: boolean;
}

export async function arenaPng(arena: Arena, findings: readonly Finding[], t: Translate, options: PngOptions): Promise<Uint8Array> {
  const date = new Intl.DateTimeFormat(options.locale, { dateStyle: 'long' }).format(new Date());
  const blob = await renderArenaPng({ arena, findings, t, date, ...options });
  const png = new Uint8Array(await blob.arrayBuffer());
  return embedArenaInPng(png, arenaJson(arena));
}

export async function exportPng(arena: Arena, findings: readonly Finding[], t: Translate, options: PngOptions): Promise<void> {
  const bytes = await arenaPng(arena, findings, t, options);
  download(new Blob([bytes as BlobPart], { type: 'image/png' }), safeFileName(arena.title, '.arena.png'));
}
