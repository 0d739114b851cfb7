import { useEffect, useMemo, useRef, useState } from 'react';
import type { ListImportRequest } from '../app/ListImport';
import { useListImportT, type ListImportTranslate } from '../i18n/useListImportT';
import { useLanguage } from '../i18n/useT';
import { en } from '../i18n/en';
import { tagLabel } from '../i18n';
import { format } from '../i18n/format';
import { readListFile, type ListTable } from '../io/listTable';
import {
  HEADING_KEYS,
  LIST_FIELDS,
  listVocabulary,
  nameHeadings,
  planImport,
  suggestMapping,
  type DuplicateChoice,
  type ListField,
  type ListVocabulary,
  type Mapping,
  type PlannedRow,
  type RowNote,
  type TagRef,
} from '../io/listImport';
import { useDocumentStore } from '../store/documentStore';
import type { Arena } from '../domain/arena';
import type { Attribute } from '../domain/vocabularies';
import { writeListImport } from './writeListImport';
import './listImport.css';

const NO_ARENA: Pick<Arena, 'partners' | 'tags'> = { partners: {}, tags: {} };

type State =
  | { status: 'reading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; table: ListTable; vocabulary: ListVocabulary; mapping: Mapping };


/**
 * The mapping step of a partner-list import: the file's columns with the field each fills (suggested,
 * editable with mouse or keyboard: each is a native select), what to do with duplicate names and with
 * labels that match no tag, and a preview of every row with what will happen to it. Nothing is written
 * before *Import*; then everything is written at once (one undo step in the open arena).
 */
export function ListImportDialog({ request, onClose }: { request: ListImportRequest; onClose(): void }) {
  const t = useListImportT();
  const language = useLanguage();
  const dialog = useRef<HTMLDialogElement>(null);
  const open = useDocumentStore((s) => (s.doc && !s.readOnly ? s.doc : null));
  // A drop in a read-only editor (another tab edits it) makes a new arena instead.
  const into = request.into === 'open' && open ? 'open' : 'new';
  const arena: Pick<Arena, 'partners' | 'tags'> = useMemo(() => (into === 'open' && open ? open : NO_ARENA), [into, open]);
  const [state, setState] = useState<State>({ status: 'reading' });
  const [duplicates, setDuplicates] = useState<DuplicateChoice>('skip');
  const [ownTags, setOwnTags] = useState(false);
  const [busy, setBusy] = useState(false);
  const fileName = request.file.name;

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);

  // Read once per file; the arena's own tags are known labels too (they were there when the file was read).
  const tags = arena.tags;
  useEffect(() => {
    let live = true;
    void (async () => {
      const [{ nl }, { enListImport }, { nlListImport }] = await Promise.all([import('../i18n/nl'), import('../i18n/en.listImport'), import('../i18n/nl.listImport')]);
      const vocabulary = listVocabulary([en, nl], tags);
      const result = await readListFile(
        { name: request.file.name, size: request.file.size, bytes: async () => new Uint8Array(await request.file.arrayBuffer()) },
        nameHeadings(vocabulary),
      );
      if (!live) return;
      if (!result.ok) {
        const table = language === 'nl' ? nlListImport : enListImport;
        const template = table[`list.error.${result.error.code}`];
        setState({ status: 'failed', message: format(template, result.error.params) });
        return;
      }
      setState({ status: 'ready', table: result.table, vocabulary, mapping: suggestMapping(result.table.columns, vocabulary) });
    })();
    return () => {
      live = false;
    };
    // The file is read once; a change of language later changes the texts, not the table.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request.file]);

  const plan = useMemo(
    () => (state.status === 'ready' ? planImport(state.table, state.mapping, state.vocabulary, arena, { duplicates, ownTags }) : null),
    [state, arena, duplicates, ownTags],
  );
  const close = () => dialog.current?.close();
  const toWrite = plan ? plan.counts.add + plan.counts.merge : 0;

  const runImport = async () => {
    if (!plan || state.status !== 'ready' || toWrite === 0) return;
    setBusy(true);
    const outcome = await writeListImport(plan, into, fileName, t);
    setBusy(false);
    if (!outcome.ok) {
      setState({ status: 'failed', message: outcome.message });
      return;
    }
    close();
  };

  return (
    <dialog ref={dialog} className="dialog list-import" aria-labelledby="list-import-title" onClose={onClose}>
      <div className="dialog-head">
        <h2 id="list-import-title">{t('list.title')}</h2>
        <button type="button" className="button small ghost" aria-label={t('common.close')} onClick={close}>
          ×
        </button>
      </div>
      <p className="muted">{t(into === 'open' ? 'list.intoOpen' : 'list.intoNew', { file: fileName })}</p>
      {state.status === 'reading' && <p role="status">{t('list.reading')}</p>}
      {state.status === 'failed' && (
        <div role="alert" className="list-import-error">
          <p>{t('list.failed', { file: fileName, reason: state.message })}</p>
          <p>{t('list.nothingWritten')}</p>
        </div>
      )}
      {state.status === 'ready' && plan && (
        <div className="list-import-body">
          <div className="list-import-setup">
            <p className="muted small">
              {state.table.format === 'xlsx'
                ? t('list.format.xlsx')
                : t('list.format.csv', {
                    delimiter: t(state.table.delimiter === ';' ? 'list.delimiter.semicolon' : state.table.delimiter === '\t' ? 'list.delimiter.tab' : 'list.delimiter.comma'),
                    encoding: state.table.encoding === 'windows-1252' ? 'Windows-1252' : state.table.encoding === 'utf-8' ? 'UTF-8' : 'UTF-16',
                  })}
              {state.table.columns.length === 1 && ` ${t('list.namesOnly')}`}
            </p>
            <MappingTable
              table={state.table}
              mapping={state.mapping}
              t={t}
              onChange={(mapping) => setState({ ...state, mapping })}
            />
            {!state.mapping.includes('name') && (
              <p role="alert" className="field-error">
                {t('list.noName')}
              </p>
            )}
            <fieldset className="list-import-choice">
              <legend>{t('list.duplicates')}</legend>
              {(['skip', 'merge'] as const).map((choice) => (
                <label key={choice}>
                  <input type="radio" name="list-duplicates" value={choice} checked={duplicates === choice} onChange={() => setDuplicates(choice)} />{' '}
                  {t(choice === 'skip' ? 'list.duplicates.skip' : 'list.duplicates.merge')}
                </label>
              ))}
            </fieldset>
            {plan.unknownLabels.length > 0 && (
              <div className="list-import-choice">
                <label>
                  <input type="checkbox" checked={ownTags} onChange={(e) => setOwnTags(e.target.checked)} />{' '}
                  {t('list.ownTags', { labels: plan.unknownLabels.map((u) => `${u.label} (${t(`attr.${u.attribute}`)})`).join(', ') })}
                </label>
                <p className="muted small">{t('list.ownTags.hint')}</p>
              </div>
            )}
          </div>
          <div className="list-import-result">
            <h3 id="list-preview-title">{t('list.preview')}</h3>
            <Preview rows={plan.rows} tags={arena.tags} t={t} />
          </div>
        </div>
      )}
      <div className="row list-import-actions">
        {plan && (
          <p className="muted small list-import-summary" role="status">
            {t('list.summary', plan.counts)}
          </p>
        )}
        {state.status === 'ready' && (
          <button type="button" className="button primary" disabled={busy || toWrite === 0 || !state.mapping.includes('name')} onClick={() => void runImport()}>
            {busy ? t('list.importing') : toWrite === 0 ? t('list.import.none') : toWrite === 1 ? t('list.import.one') : t('list.import', { count: toWrite })}
          </button>
        )}
        <button type="button" className="button ghost" onClick={close}>
          {state.status === 'failed' ? t('common.close') : t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}

function MappingTable({ table, mapping, t, onChange }: { table: ListTable; mapping: Mapping; t: ListImportTranslate; onChange(m: Mapping): void }) {
  return (
    <table className="list-import-mapping">
      <caption className="visually-hidden">{t('list.columns')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('list.column.file')}</th>
          <th scope="col">{t('list.column.sample')}</th>
          <th scope="col">{t('list.column.field')}</th>
        </tr>
      </thead>
      <tbody>
        {table.columns.map((heading, i) => {
          const name = heading || t('list.column.unnamed', { n: i + 1 });
          const sample = table.rows.find((r) => (r.cells[i] ?? '') !== '')?.cells[i] ?? '';
          return (
            <tr key={i}>
              <th scope="row">{name}</th>
              <td className="list-import-sample">{sample}</td>
              <td>
                <select
                  aria-label={name}
                  value={mapping[i] ?? ''}
                  onChange={(e) => {
                    const field = (e.target.value || null) as ListField | null;
                    // Each field comes from one column: choosing it here takes it from the column that had it.
                    onChange(mapping.map((m, j) => (j === i ? field : m === field ? null : m)));
                  }}
                >
                  <option value="">{t('list.field.none')}</option>
                  {LIST_FIELDS.map((f) => (
                    <option key={f} value={f}>
                      {t(HEADING_KEYS[f])}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * Rows drawn at first: a whole region's list (5,000 rows) takes seconds to draw in full, and every choice
 * above draws it again. The rest come with one press of *Show all*.
 */
const FIRST_ROWS = 500;

function Preview({ rows, tags, t }: { rows: readonly PlannedRow[]; tags: Arena['tags']; t: ListImportTranslate }) {
  const [all, setAll] = useState(false);
  const label = (attribute: Attribute, ref: TagRef) => ('key' in ref ? tagLabel(t, attribute, ref.key, tags) : ref.newLabel);
  const shown = all ? rows : rows.slice(0, FIRST_ROWS);
  return (
    <div className="list-import-preview" tabIndex={0} role="region" aria-labelledby="list-preview-title">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('list.preview.line')}</th>
            <th scope="col">{t('list.preview.name')}</th>
            <th scope="col">{t('list.preview.ring')}</th>
            <th scope="col">{t('list.preview.tags')}</th>
            <th scope="col">{t('list.preview.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => {
            const v = row.values;
            const tagText = [
              ...v.expertise.map((r) => label('expertise', r)),
              ...(v.style ? [label('style', v.style)] : []),
              ...v.perspective.map((r) => label('perspective', r)),
            ].join(' · ');
            return (
              <tr key={row.line} className={`is-${row.outcome.kind}`} data-line={row.line}>
                <td>{row.line}</td>
                <td>{v.name}</td>
                <td>{v.ring ? t(`ring.${v.ring}`) : '—'}</td>
                <td>{tagText}</td>
                <td>
                  <span className="list-import-outcome">{outcomeText(row, t)}</span>
                  {row.notes.map((note, i) => (
                    <span key={i} className="list-import-note">
                      {noteText(note, t)}
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {shown.length < rows.length && (
        <p className="list-import-more">
          <button type="button" className="button small" onClick={() => setAll(true)}>
            {t('list.preview.all', { shown: shown.length, count: rows.length })}
          </button>
        </p>
      )}
    </div>
  );
}

function outcomeText(row: PlannedRow, t: ListImportTranslate): string {
  const o = row.outcome;
  switch (o.kind) {
    case 'add':
      return t('list.outcome.add');
    case 'skip':
      return t(o.inFile ? 'list.outcome.skipInFile' : 'list.outcome.skip', { name: o.duplicateOf });
    case 'merge':
      return t(o.inFile ? 'list.outcome.mergeInFile' : 'list.outcome.merge', { name: o.into });
    case 'error':
      return t(`list.outcome.error.${o.reason}`, { max: o.max ?? 0 });
  }
}

function noteText(note: RowNote, t: ListImportTranslate): string {
  switch (note.code) {
    case 'unknownRing':
      return t('list.note.unknownRing', { value: note.value });
    case 'unknownTag':
      return t('list.note.unknownTag', { label: note.label });
    case 'newTag':
      return t('list.note.newTag', { label: note.label });
    case 'oneStyle':
      return t('list.note.oneStyle', { kept: note.kept, left: note.left });
  }
}
