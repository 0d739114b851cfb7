/** The three exports of an arena: PNG (with the arena inside), JSON and CSV. */
import type { Arena, Instrument } from '../domain/arena';
import type { InstrumentTranslate } from '../i18n/instrumentMessages';
import type { Finding } from '../domain/analysis';
import { encodeArenaFile } from '../io/json';
import { canonicalArena, normaliseArena } from '../sync/doc/normalise';
import { embedArenaInPng } from '../io/png-chunks';
import { CSV_HEADER_KEYS, partnersToCsv, type CsvDelimiter } from '../io/csv';
import { safeFileName } from '../io/filename';
import { tagLabel, type Translate } from '../i18n';
import type { Language } from '../store/preferences';
import { download } from './download';
import { renderArenaPng } from './renderMap';
import type { TieTexts } from './pageLayout';

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
      instrument: (i) => instrumentSummary(i, t as InstrumentTranslate),
      tie: (tie, other) => (t as InstrumentTranslate)(`tie.${tie.kind}`, { other }),
    },
    { delimiter: csvDelimiter(language) },
  );
}

/**
 * An instrument and its sheet in one line, in the UI language (the instruments' messages must be loaded:
 * loadInstrumentMessages): "Subsidy (Market): a worker three days a week; Used; relation: Better; …".
 * Only what the group answered is written.
 */
export function instrumentSummary(i: Instrument, t: InstrumentTranslate): string {
  const answers = [
    i.aim.trim(),
    i.uptake ? t(`sheet.uptake.${i.uptake}`) : '',
    i.relation ? `${t('sheet.relation')}: ${t(`sheet.relation.${i.relation}`)}` : '',
    i.alternatives ? `${t('sheet.alternatives')} ${t(`sheet.alternatives.${i.alternatives}`)}` : '',
    i.verdict ? `${t('sheet.verdict')}: ${t(`sheet.verdict.${i.verdict}`)}` : '',
  ].filter(Boolean);
  const head = `${i.name} (${t(`instr.type.${i.type}`)})`;
  return answers.length ? `${head}: ${answers.join('; ')}` : head;
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
  /** With the regie instruments and their sheets (the instruments' messages must be loaded). */
  sheets?: boolean;
  /** The ties' words (en/nl.ties.ts); absent: the image leaves the ties out, as the map does while they are hidden. */
  ties?: TieTexts;
}

export async function arenaPng(arena: Arena, findings: readonly Finding[], t: Translate, options: PngOptions): Promise<Uint8Array> {
  const date = new Intl.DateTimeFormat(options.locale, { dateStyle: 'long' }).format(new Date());
  const { sheets, ...rest } = options;
  const it = t as InstrumentTranslate;
  const blob = await renderArenaPng({
    arena,
    findings,
    t,
    date,
    ...rest,
    ...(sheets && { sheets: { title: it('sheet.imageTitle'), line: (i: Instrument) => instrumentSummary(i, it) } }),
  });
  const png = new Uint8Array(await blob.arrayBuffer());
  return embedArenaInPng(png, arenaJson(arena));
}

export async function exportPng(arena: Arena, findings: readonly Finding[], t: Translate, options: PngOptions): Promise<void> {
  const bytes = await arenaPng(arena, findings, t, options);
  download(new Blob([bytes as BlobPart], { type: 'image/png' }), safeFileName(arena.title, '.arena.png'));
}
