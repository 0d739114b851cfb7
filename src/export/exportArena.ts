/** The three exports of an arena: PNG (with the arena inside), JSON and CSV. */
import type { Arena } from '../domain/arena';
import type { Finding } from '../domain/analysis';
import { encodeArenaFile } from '../io/json';
import { embedArenaInPng } from '../io/png-chunks';
import { partnersToCsv } from '../io/csv';
import { safeFileName } from '../io/filename';
import { tagLabel, type Translate } from '../i18n';
import type { MessageKey } from '../i18n';
import { download } from './download';
import { renderArenaPng } from './renderMap';

export const APP_VERSION: string = import.meta.env.VITE_APP_VERSION ?? '0.0.0';

export function arenaJson(arena: Arena, now = new Date().toISOString()): string {
  return encodeArenaFile(arena, { appVersion: APP_VERSION, now });
}

export function exportJson(arena: Arena): void {
  download(new Blob([arenaJson(arena)], { type: 'application/json' }), safeFileName(arena.title, '.arena.json'));
}

export function arenaCsv(arena: Arena, t: Translate): string {
  return partnersToCsv(arena, {
    tag: (attribute, key) => tagLabel(t, attribute, key, arena.tags),
    placement: (p) => t(`ring.${p}`),
    column: (c) => t(`csv.${c}` as MessageKey),
    dependency: (d) => t(`dependency.${d}`),
    involvement: (i) => t(`involvement.${i}`),
  });
}

export function exportCsv(arena: Arena, t: Translate): void {
  download(new Blob([arenaCsv(arena, t)], { type: 'text/csv;charset=utf-8' }), safeFileName(arena.title, '.csv'));
}

export async function arenaPng(arena: Arena, findings: readonly Finding[], t: Translate, scale: 1 | 2, locale = 'en'): Promise<Uint8Array> {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
  const blob = await renderArenaPng({ arena, findings, t, scale, date, locale });
  const png = new Uint8Array(await blob.arrayBuffer());
  return embedArenaInPng(png, arenaJson(arena));
}

export async function exportPng(arena: Arena, findings: readonly Finding[], t: Translate, scale: 1 | 2, locale = 'en'): Promise<void> {
  const bytes = await arenaPng(arena, findings, t, scale, locale);
  download(new Blob([bytes as BlobPart], { type: 'image/png' }), safeFileName(arena.title, '.arena.png'));
}
