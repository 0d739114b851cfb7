import { memo, useState } from 'react';
import type { ArenaSummary } from '../persistence/repository';
import { arenaHref } from '../app/route';
import { useLanguage, useT } from '../i18n/useT';
import { relativeTime } from '../ui/relativeTime';

interface Props {
  summary: ArenaSummary;
  /** Shared with other devices (or joined with a link). */
  shared?: boolean;
  onRename(title: string): void;
  onDuplicate(): void;
  onDelete(): void;
}

export const ArenaCard = memo(function ArenaCard({ summary, shared = false, onRename, onDuplicate, onDelete }: Props) {
  const t = useT();
  const language = useLanguage();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(summary.title);
  const [error, setError] = useState<string | null>(null);
  const title = summary.title || t('home.untitled');

  const submit = () => {
    const value = draft.trim();
    if (!value) {
      setError(t('error.titleEmpty'));
      return;
    }
    setRenaming(false);
    if (value !== summary.title) onRename(value);
  };

  return (
    <li className="arena-card">
      {renaming ? (
        <form
          className="rename-form"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <label>
            <span className="label">{t('home.renameLabel', { title })}</span>
            <input
              autoFocus
              type="text"
              value={draft}
              aria-invalid={error ? true : undefined}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setRenaming(false);
              }}
            />
          </label>
          {error && (
            <span role="alert" className="field-error">
              {error}
            </span>
          )}
          <div className="row">
            <button type="submit" className="button primary small">
              {t('common.save')}
            </button>
            <button type="button" className="button small" onClick={() => setRenaming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <a className="arena-card-main" href={arenaHref(summary.id)}>
          <h2 className="arena-card-title">
            {title}
            {shared && <span className="shared-mark">{t('sync.homeMark')}</span>}
          </h2>
          <p className={`arena-card-goal ${summary.goal ? '' : 'muted'}`}>{summary.goal || t('home.noGoal')}</p>
          <p className="arena-card-meta">
            <span>{summary.partnerCount === 1 ? t('home.partners.one') : t('home.partners', { count: summary.partnerCount })}</span>
            <span aria-hidden="true"> · </span>
            <span>{t('home.changed', { when: relativeTime(summary.updatedAt, language) })}</span>
          </p>
        </a>
      )}
      {!renaming && (
        <div className="arena-card-actions" role="group" aria-label={t('home.actionsFor', { title })}>
          <button
            type="button"
            className="button small ghost"
            onClick={() => {
              setDraft(summary.title);
              setError(null);
              setRenaming(true);
            }}
          >
            {t('home.rename')}
          </button>
          <button type="button" className="button small ghost" onClick={onDuplicate}>
            {t('home.duplicate')}
          </button>
          <button type="button" className="button small ghost danger" onClick={onDelete}>
            {t('home.delete')}
          </button>
        </div>
      )}
    </li>
  );
});
