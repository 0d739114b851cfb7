/**
 * A saved version opened read-only: the editor's screen (map, panels, analysis, export, present) on the
 * version's snapshot, which the document store holds read-only, so nothing is written. A banner names the
 * version and leads back to the arena, to Compare with now, or to Restore as a new arena.
 */
import { useEffect, useState } from 'react';
import './versions.css';
import { EditorView } from '../editor/EditorScreen';
import { useDocumentStore } from '../store/documentStore';
import { loadVersion, restoreVersionAsArena, type VersionSummary } from '../persistence/versions';
import { classifyError } from '../persistence/errors';
import { useLanguage } from '../i18n/useT';
import { useVersionsT } from '../i18n/useVersionsT';
import { arenaHref, navigate } from '../app/route';
import { compareHref, NOW_KEY } from './routes';
import { formatDate } from './formatDate';

type State = { status: 'loading' } | { status: 'missing' } | { status: 'error'; reason: string } | { status: 'ready'; version: VersionSummary };

export function VersionScreen({ arenaId, versionId }: { arenaId: string; versionId: string }) {
  const t = useVersionsT();
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadVersion(versionId).then(
      (version) => {
        if (!live) return;
        if (!version || version.arenaId !== arenaId) return setState({ status: 'missing' });
        const { arena, ...summary } = version;
        useDocumentStore.getState().hydrate(arena, { readOnly: true });
        setState({ status: 'ready', version: summary });
      },
      (error: unknown) => live && setState({ status: 'error', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
      useDocumentStore.getState().close();
    };
  }, [arenaId, versionId]);

  if (state.status !== 'ready') {
    return (
      <div className="editor-message">
        <a className="back-link" href={arenaHref(arenaId)}>
          ← {t('versions.backToArena')}
        </a>
        {state.status === 'loading' && <p className="muted">{t('editor.loading')}</p>}
        {state.status === 'missing' && <p role="alert">{t('versions.notFound')}</p>}
        {state.status === 'error' && <p role="alert">{t('editor.loadError', { reason: state.reason })}</p>}
      </div>
    );
  }
  return <EditorView load={{ status: 'readOnly' }} version banner={<VersionBanner version={state.version} />} />;
}

function VersionBanner({ version }: { version: VersionSummary }) {
  const t = useVersionsT();
  const language = useLanguage();
  const [error, setError] = useState<string | null>(null);
  const restore = async () => {
    try {
      const arena = await restoreVersionAsArena(version.id, (title) => t('versions.restoredTitle', { title, name: version.name }));
      if (arena) navigate(arenaHref(arena.id));
    } catch (e) {
      setError(t('versions.failed', { reason: t(`save.${classifyError(e)}`) }));
    }
  };
  return (
    <div className="read-only-banner version-banner" role="status">
      <span>
        <strong>{t('versions.viewing', { name: version.name, date: formatDate(version.savedAt, language) })}</strong> {t('versions.viewingText')}
        {error && <span className="field-error"> {error}</span>}
      </span>
      <span className="version-banner-actions">
        <a className="button small" href={arenaHref(version.arenaId)}>
          ← {t('versions.backToArena')}
        </a>
        <a className="button small" href={compareHref(version.arenaId, version.id, NOW_KEY)}>
          {t('versions.compareNow')}
        </a>
        <button type="button" className="button small primary" onClick={() => void restore()}>
          {t('versions.restore')}
        </button>
      </span>
    </div>
  );
}
