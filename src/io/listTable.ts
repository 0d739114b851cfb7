/**
 * A partner list from a spreadsheet, read into a plain table of text cells: CSV (any of `,` `;` tab, in
 * UTF-8 with or without a byte order mark, UTF-16 as Excel's "Unicode text" writes it, or Windows-1252 as
 * Excel on Windows still writes CSV) and Excel `.xlsx` (its first sheet). The parsers (papaparse,
 * read-excel-file) are imported here on first use, so they never weigh on the first load.
 *
 * What is refused, with a reason as data (ListErrorCode): a file over MAX_LIST_FILE_BYTES (checked before
 * reading), an empty one, images, PDFs and other binaries, the old `.xls` format, a workbook that unpacks
 * to more than MAX_XLSX_UNPACKED_BYTES (a zip bomb), a list with more than MAX_LIST_ROWS rows.
 *
 * Formulas are never run: a CSV cell that starts with `=`, `+`, `-` or `@` is text like any other (Arena's
 * own export writes such a cell with a leading `'`, which is taken off again here); an `.xlsx` formula cell
 * gives the value the spreadsheet saved with it, never the formula.
 */
import { readFileBytes, startsWith, type FileSource } from './fileBytes';

export const MAX_LIST_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_LIST_FILE_MB = MAX_LIST_FILE_BYTES / (1024 * 1024);
/** Rows of partners (the heading not counted). A map holds a few hundred readably; 5,000 is a whole region's social map. */
export const MAX_LIST_ROWS = 5000;
/** What the XML inside an `.xlsx` may unpack to, all parts together. */
export const MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** Columns kept; a wider sheet is cut (a partner list has a dozen at most). */
export const MAX_LIST_COLUMNS = 50;

export const LIST_ERROR_CODES = ['tooLarge', 'empty', 'readFailed', 'binary', 'image', 'pdf', 'xls', 'notXlsx', 'tooManyRows', 'noRows'] as const;
export type ListErrorCode = (typeof LIST_ERROR_CODES)[number];
/** What went wrong, as data; its text is `list.error.<code>` (i18n/en.listImport.ts). */
export interface ListError {
  code: ListErrorCode;
  params?: Record<string, string | number>;
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface ListTable {
  format: 'csv' | 'xlsx';
  /** For CSV: the separator found and the text encoding the bytes were read in. */
  delimiter?: ',' | ';' | '\t';
  encoding?: Encoding;
  /** The heading of each column ('' where the file has none); one column without a heading: a list of names. */
  columns: string[];
  /** Whether the first non-empty row was taken as the heading (always, except a one-column list of names without one). */
  hasHeading: boolean;
  rows: ListRow[];
}

export interface ListRow {
  /** The row's number as the spreadsheet shows it (1 = the first line of the file). */
  line: number;
  cells: string[];
}

export type ListTableResult = { ok: true; table: ListTable } | { ok: false; error: ListError };

export type ListFileSource = FileSource;

function fail(code: ListErrorCode, params?: Record<string, string | number>): ListTableResult {
  return { ok: false, error: params ? { code, params } : { code } };
}

export async function readListFile(file: ListFileSource, headingWords: ReadonlySet<string> = new Set()): Promise<ListTableResult> {
  const read = await readFileBytes(file, MAX_LIST_FILE_BYTES);
  if (!read.ok) return read.reason === 'tooLarge' ? fail('tooLarge', { maxMb: MAX_LIST_FILE_MB }) : fail(read.reason);
  return readListBytes(read.bytes, headingWords);
}

/**
 * `headingWords`: normalised words that head a name column ("name", "naam" …). A one-column file is a list
 * of names, like a pasted column; its first line is taken as a heading only when it is one of these.
 */
export async function readListBytes(bytes: Uint8Array, headingWords: ReadonlySet<string> = new Set()): Promise<ListTableResult> {
  if (bytes.length > MAX_LIST_FILE_BYTES) return fail('tooLarge', { maxMb: MAX_LIST_FILE_MB });
  if (bytes.length === 0) return fail('empty');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return readXlsx(bytes, headingWords);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return fail('xls');
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return fail('image');
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return fail('pdf');
  const decoded = decodeText(bytes);
  if (!decoded) return fail('binary');
  return readCsv(decoded.text, decoded.encoding, headingWords);
}

/**
 * Text in the encoding it was written in: UTF-16 when it starts with its byte order mark, else UTF-8 when
 * the bytes are valid UTF-8 (with or without a byte order mark), else Windows-1252 (Excel's "CSV" on a
 * Western Windows). Null for binary data: a NUL byte or other control characters, which no list holds.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } | null {
  let encoding: Encoding;
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    text = new TextDecoder(encoding).decode(bytes);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      encoding = 'windows-1252';
      text = decodeWindows1252(bytes);
    }
  }
  // Control characters other than tab, LF, CR and form feed do not occur in a spreadsheet's text.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 65536))) return null;
  return { text, encoding };
}

/**
 * 0x80–0x9F of Windows-1252 (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); the rest is Latin-1.
 * Decoded here rather than by TextDecoder('windows-1252'), which Node without full ICU reads as Latin-1
 * (’ would become a control character), so tests and browsers read a file the same way.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b)));
    out += chunk.join('');
  }
  return out;
}

/** The guard Arena's CSV export puts before a cell that would start a formula ('=1+1) comes off again. */
const GUARDED = /^'(?=[=+\-@\t\r])/;

async function readCsv(text: string, encoding: Encoding, headingWords: ReadonlySet<string>): Promise<ListTableResult> {
  if (text.trim() === '') return fail('empty');
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<string[]>(text, {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: false,
    // Stop early: a file of 100,000 rows is refused without parsing the rest of it.
    preview: MAX_LIST_ROWS + 20,
  });
  const delimiter = parsed.meta.delimiter === ';' || parsed.meta.delimiter === '\t' ? parsed.meta.delimiter : ',';
  const raw = parsed.data.map((cells) => cells.map((c) => c.replace(GUARDED, '')));
  const table = toTable(raw, headingWords, 'csv');
  if (!table.ok) return table;
  return { ok: true, table: { ...table.table, delimiter, encoding } };
}

async function readXlsx(bytes: Uint8Array, headingWords: ReadonlySet<string>): Promise<ListTableResult> {
  const [{ unzipSync, zipSync }, excel] = await Promise.all([import('fflate'), import('read-excel-file/universal')]);
  let unpacked = 0;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      // Only the XML parts the reader needs (no images), and no more of them than is sane (zip bombs).
      filter: (f) => {
        if (!/\.(xml|rels)$/i.test(f.name)) return false;
        unpacked += f.originalSize;
        if (unpacked > MAX_XLSX_UNPACKED_BYTES) throw new RangeError('unpacked');
        return true;
      },
    });
  } catch (error) {
    return error instanceof RangeError ? fail('tooLarge', { maxMb: MAX_LIST_FILE_MB }) : fail('notXlsx');
  }
  if (!parts['xl/workbook.xml']) return fail('notXlsx');
  // Packed again without compression: the reader then unpacks synchronously. Large compressed parts would
  // otherwise be unpacked in a Worker made from a blob: URL, which the app's Content-Security-Policy forbids.
  const stored = zipSync(parts, { level: 0 });
  let sheet: unknown[][];
  try {
    sheet = await excel.readSheet(stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength) as ArrayBuffer, 1, { trim: false });
  } catch {
    return fail('notXlsx');
  }
  const raw = sheet.map((row) => row.map(cellText));
  return toTable(raw, headingWords, 'xlsx');
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
}

/** Rows above the heading that may be a title (each with one filled cell); a list starts higher than this. */
export const MAX_TITLE_ROWS = 5;

/**
 * Rows of cells → the table: blank rows left out (their line numbers kept for the others). The heading is
 * the first row with two or more filled cells, when one of the first MAX_TITLE_ROWS + 1 rows is; rows above
 * it (a title, often merged across the columns) are left out. Otherwise nothing is taken for a heading or a
 * title: a file one column wide is a list of names (its first line a heading only when it reads like one),
 * a wider one a table without headings, every row kept.
 */
export function toTable(raw: string[][], headingWords: ReadonlySet<string>, format: 'csv' | 'xlsx'): ListTableResult {
  const rows: ListRow[] = [];
  raw.forEach((cells, i) => {
    // A cell of separators only (";;" where the guess took another separator) is as empty as a blank one.
    const trimmed = cells.slice(0, MAX_LIST_COLUMNS).map((c) => (/^[\s;,]*$/.test(c) ? '' : c.trim()));
    while (trimmed.length && trimmed[trimmed.length - 1] === '') trimmed.pop();
    if (trimmed.length) rows.push({ line: i + 1, cells: trimmed });
  });
  if (rows.length === 0) return fail('empty');
  const filled = (r: ListRow) => r.cells.filter((c) => c !== '').length;
  const headingAt = rows.slice(0, MAX_TITLE_ROWS + 1).findIndex((r) => filled(r) >= 2);
  let columns: string[];
  let body: ListRow[];
  let hasHeading = true;
  if (headingAt >= 0) {
    const width = Math.max(...rows.slice(headingAt).map((r) => r.cells.length));
    const heading = rows[headingAt]!.cells;
    columns = Array.from({ length: width }, (_, i) => heading[i] ?? '');
    body = rows.slice(headingAt + 1);
  } else if (rows.some((r) => r.cells.length >= 2)) {
    hasHeading = false;
    columns = Array.from({ length: Math.max(...rows.map((r) => r.cells.length)) }, () => '');
    body = rows;
  } else {
    const first = rows[0]!.cells[0]!;
    hasHeading = headingWords.has(normaliseHeading(first));
    columns = [hasHeading ? first : ''];
    body = hasHeading ? rows.slice(1) : rows;
  }
  if (body.length > MAX_LIST_ROWS) return fail('tooManyRows', { max: MAX_LIST_ROWS });
  if (body.length === 0) return fail('noRows');
  return { ok: true, table: { format, columns, hasHeading, rows: body } };
}

/** A heading as compared with known ones: case, accents, punctuation and spacing ignored. */
export function normaliseHeading(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
