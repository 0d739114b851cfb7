import { useState } from 'react';
import { useArenaList, useSharedIds } from '../persistence/hooks';
import type { Arena } from '../domain/arena';
import { createNewArena, deleteArena, duplicateStoredArena, renameArena, restoreArena } from '../persistence/repository';
import { HeldElsewhereError } from '../persistence/errors';
import { arenaHref, navigate } from '../app/route';
import { useT } from '../i18n/useT';
import { ArenaCard } from './ArenaCard';
import { Toast } from '../ui/Toast';
import { ImportButton } from './ImportButton';
import { StorageNote } from './StorageNote';
import { Settings } from '../app/Settings';

export function HomeScreen() {
  const t = useT();
  const list = useArenaList();
  const sharedIds = useSharedIds();
  const [deleted, setDeleted] = useState<Arena | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const guard = async (work: () => Promise<void>) => {
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  const create = () =>
    guard(async () => {
      const arena = await createNewArena(t('home.newTitle'));
      navigate(arenaHref(arena.id, true));
    });

  return (
    <div className="home">
      <header className="home-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <div>
            <h1>{t('home.title')}</h1>
            <p className="tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <div className="home-actions">
          <Settings />
          <a className="button ghost" href="#/overview">
            {t('overview.link')}
          </a>
          <ImportButton />
          <button type="button" className="button primary" onClick={() => void create()}>
            {t('home.new')}
          </button>
        </div>
      </header>
      {problem && (
        <p role="alert" className="banner error">
          {problem}
        </p>
      )}
      <main className="home-main">
        {list.status === 'loading' && <p className="muted">{t('home.loading')}</p>}
        {list.status === 'error' && (
          <p role="alert" className="banner error">
            {t('home.loadError', { reason: list.error })}
          </p>
        )}
        {list.status === 'ready' && list.value.length === 0 && <p className="empty-state">{t('home.empty')}</p>}
        {list.status === 'ready' && list.value.length > 0 && (
          <ul className="arena-grid" aria-label={t('home.title')}>
            {list.value.map((summary) => (
              <ArenaCard
                key={summary.id}
                summary={summary}
                shared={sharedIds.has(summary.id)}
                onRename={(title) =>
                  guard(async () => {
                    try {
                      // A shared arena's title lives in its Y.Doc: renamed there, it reaches every device.
                      if (sharedIds.has(summary.id)) await import('../sync/client/rename').then((m) => m.renameSharedArena(summary.id, title));
                      else await renameArena(summary.id, title);
                    } catch (error) {
                      throw error instanceof HeldElsewhereError ? new Error(t('home.heldElsewhere', { title: summary.title })) : error;
                    }
                  })
                }
                onDuplicate={() =>
                  guard(async () => {
                    await duplicateStoredArena(summary.id, t('home.copyOf', { title: summary.title }));
                  })
                }
                onDelete={() =>
                  guard(async () => {
                    const gone = await deleteArena(summary.id);
                    if (gone) setDeleted(gone);
                  })
                }
              />
            ))}
          </ul>
        )}
      </main>
      <footer className="home-footer">
        <StorageNote refreshKey={list.status === 'ready' ? list.value : null} />
      </footer>
      {deleted && (
        <Toast
          message={t('home.deleted', { title: deleted.title })}
          closeLabel={t('common.close')}
          actionLabel={t('home.undoDelete')}
          onAction={() =>
            void guard(async () => {
              await restoreArena(deleted);
              setDeleted(null);
            })
          }
          onClose={() => setDeleted(null)}
        />
      )}
    </div>
  );
}
