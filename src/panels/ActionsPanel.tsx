import { memo, useMemo } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { addAction, deleteAction, setInvolvement, updateAction } from '../store/networkActions';
import { INVOLVEMENTS, inCreationOrder, partnersInOrder, type ArenaAction, type Involvement } from '../domain/arena';
import { placementOf } from '../domain/rings';
import { useT } from '../i18n/useT';
import { TextField } from '../ui/TextField';
import { AddByNameForm } from '../ui/AddByNameForm';

/** Concrete actions (sub-goals), each with its partners on the participation ladder. */
export function ActionsPanel() {
  const t = useT();
  const actions = useDocumentStore((s) => s.doc?.actions);
  const readOnly = useDocumentStore((s) => s.readOnly);
  const list = useMemo(() => inCreationOrder(actions ?? {}), [actions]);
  return (
    <fieldset className="plain actions-panel" disabled={readOnly}>
      <h2>{t('actions.title')}</h2>
      <p className="muted small">{t('actions.intro')}</p>
      <AddByNameForm label={t('actions.new')} submitLabel={t('actions.add')} emptyMessage={t('actions.titleEmpty')} onAdd={(title) => addAction(title).ok} />
      {list.length === 0 ? <p className="empty-state small">{t('actions.none')}</p> : null}
      <ul className="action-list">
        {list.map((a) => (
          <ActionItem key={a.id} action={a} />
        ))}
      </ul>
    </fieldset>
  );
}

const ActionItem = memo(function ActionItem({ action }: { action: ArenaAction }) {
  const t = useT();
  const partners = useDocumentStore((s) => s.doc?.partners);
  const filter = useSessionStore((s) => s.actionFilter);
  const ordered = useMemo(() => (partners ? partnersInOrder({ partners }) : []), [partners]);
  const involved = Object.keys(action.involvement).length;
  const onMap = filter === action.id;
  return (
    <li className="action-item">
      <details>
        <summary>
          <span className="action-title">{action.title}</span>
          <span className="muted small"> · {involved === 1 ? t('actions.involved.one') : t('actions.involved', { count: involved })}</span>
        </summary>
        <TextField label={t('actions.titleLabel')} value={action.title} onCommit={(title) => updateAction(action.id, { title })} />
        <TextField label={t('actions.description')} value={action.description} multiline onCommit={(description) => updateAction(action.id, { description })} />
        {/* A list, not a two-column table: in a 280 px panel a column could not hold "Niet betrokken" whole.
            Name and choice share a line when both fit; otherwise the choice goes under the name. */}
        <div className="involvement" role="group" aria-labelledby={`ladder-${action.id}`}>
          <p className="label" id={`ladder-${action.id}`}>
            {t('actions.ladder')}
          </p>
          <ul>
            {ordered.map((p) => (
              <li key={p.id}>
                <span className="involvement-name">
                  {p.name} <span className="muted small">({t(`ring.${placementOf(p.position)}`)})</span>
                </span>
                <select
                  aria-label={t('actions.involvementOf', { name: p.name })}
                  value={action.involvement[p.id] ?? ''}
                  onChange={(e) => setInvolvement(action.id, p.id, (e.target.value || null) as Involvement | null)}
                >
                  <option value="">{t('involvement.none')}</option>
                  {INVOLVEMENTS.map((i) => (
                    <option key={i} value={i}>
                      {t(`involvement.${i}`)}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        </div>
        <div className="row">
          <button type="button" className="button small" aria-pressed={onMap} onClick={() => useSessionStore.getState().setActionFilter(onMap ? null : action.id)}>
            {onMap ? t('actions.showAll') : t('actions.showOnMap')}
          </button>
          <button type="button" className="button small ghost danger" onClick={() => deleteAction(action.id)}>
            {t('actions.delete')}
          </button>
        </div>
      </details>
    </li>
  );
});
