/**
 * The partner list as CSV for spreadsheets: RFC 4180 (fields containing the delimiter, a quote, CR or LF are
 * quoted, quotes doubled, CRLF line ends) with a UTF-8 byte order mark so Excel reads accents correctly.
 *
 * The column separator is `,` or `;`: Excel splits a file it opens on the list separator of the computer's
 * regional settings, which is `;` wherever the decimal separator is a comma (Belgium, the Netherlands).
 * Several values in one cell (tags, actions) are joined with " | ", which is neither, so a cell never looks
 * like two columns, whichever separator the file uses.
 *
 * A partner's regie instruments (each with its sheet, as `labels.instrument` words it) and the ties it
 * drew to others (each tie once, in the row of its `from` partner) are two more columns, so the file stays
 * one table, one row per partner, that a spreadsheet or Arena's own CSV import reads like before.
 *
 * Formula injection guard: a cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage return
 * gets a leading apostrophe (`'`), so a spreadsheet shows it as text instead of running it as a formula
 * (OWASP "CSV Injection"). The apostrophe is visible in other programs; a name like "-50+ club" becomes
 * "'-50+ club". Header cells are guarded too.
 */
import { inCreationOrder, partnersInOrder, type Arena, type Instrument, type Involvement, type Tie } from '../domain/arena';
import { instrumentsByPartner } from '../domain/instruments';
import { partnerDependency, type Dependency } from '../domain/dependency';
import { placementOf, type Placement } from '../domain/rings';
import { isCustomKey, type Attribute } from '../domain/vocabularies';
import type { MessageKey } from '../i18n/en';

export const CSV_COLUMNS = ['name', 'type', 'ring', 'expertise', 'style', 'perspective', 'dependency', 'actions', 'notes', 'instruments', 'ties'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

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
  instruments: 'tabs.instruments',
  ties: 'csv.ties',
};

export interface CsvLabels {
  /** Label of a default tag key (or of an unknown key). Custom tags of the arena are labelled by the arena itself. */
  tag(attribute: Attribute, key: string): string;
  /** Label of a ring or of "not placed". */
  placement(placement: Placement): string;
  /** Header of a column; defaults to the column's key (`name`, `type` …). */
  column?(column: CsvColumn): string;
  /** Label of a dependency level (high / limited / none); defaults to the key. */
  dependency?(dependency: Dependency): string;
  /** Label of an involvement on the participation ladder; defaults to the key. */
  involvement?(involvement: Involvement): string;
  /** An instrument with its sheet in one value; defaults to `name (type)`. */
  instrument?(instrument: Instrument): string;
  /** A tie from this partner to `other` (the other partner's name); defaults to `kind: other`. */
  tie?(tie: Tie, other: string): string;
}

export type CsvDelimiter = ',' | ';';

export interface CsvOptions {
  /** `,` (default, RFC 4180) or `;` (what Excel expects in locales with a decimal comma). */
  delimiter?: CsvDelimiter;
}

/** Joins several values (tags, actions) in one cell; contains neither column separator. */
export const VALUE_SEPARATOR = ' | ';
const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function partnersToCsv(arena: Arena, labels: CsvLabels, options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const tagLabel = (attribute: Attribute, key: string): string => {
    const custom = isCustomKey(key) && Object.hasOwn(arena.tags, key) ? arena.tags[key] : undefined;
    return custom ? custom.label : labels.tag(attribute, key);
  };
  const header = CSV_COLUMNS.map((c) => (labels.column ? labels.column(c) : c));
  const actions = inCreationOrder(arena.actions ?? {});
  const instruments = instrumentsByPartner({ instruments: arena.instruments ?? {} });
  const ties = new Map<string, Tie[]>();
  for (const tie of inCreationOrder(arena.ties ?? {})) ties.set(tie.from, [...(ties.get(tie.from) ?? []), tie]);
  const instrumentText = labels.instrument ?? ((i: Instrument) => `${i.name} (${i.type})`);
  const tieText = labels.tie ?? ((tie: Tie, other: string) => `${tie.kind}: ${other}`);
  const rows = partnersInOrder(arena).map((p) => {
    const dependency = partnerDependency(p);
    const involvedIn = actions.flatMap((a) => {
      const inv = a.involvement[p.id];
      return inv ? [`${a.title} (${labels.involvement ? labels.involvement(inv) : inv})`] : [];
    });
    return [
      p.name,
      p.type,
      labels.placement(placementOf(p.position)),
      p.expertise.map((k) => tagLabel('expertise', k)).join(VALUE_SEPARATOR),
      p.style === null ? '' : tagLabel('style', p.style),
      p.perspective.map((k) => tagLabel('perspective', k)).join(VALUE_SEPARATOR),
      dependency === null ? '' : labels.dependency ? labels.dependency(dependency) : dependency,
      involvedIn.join(VALUE_SEPARATOR),
      p.notes,
      (instruments.get(p.id) ?? []).map(instrumentText).join(VALUE_SEPARATOR),
      (ties.get(p.id) ?? []).map((tie) => tieText(tie, arena.partners[tie.to]?.name ?? '?')).join(VALUE_SEPARATOR),
    ];
  });
  return BOM + [header, ...rows].map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}

/** One cell: guarded against formulas, then quoted when needed. */
export function csvCell(value: string, delimiter: CsvDelimiter = ','): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}
