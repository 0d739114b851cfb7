/**
 * The versions dialog's contents: save the arena as it is now under a name, the list of saved versions
 * (open read-only, compare with now, export, restore as a new arena, delete), and Compare for any two.
 */
import { useId, useState, type FormEvent } from 'react';
import './versions.css';
import { useDocumentStore } from '../store/documentStore';
import { useSyncStore } from '../store/syncStore';
import { flushDrafts } from '../store/drafts';
import { deleteVersion, loadVersion, restoreVersionAsArena, saveVersion, useVersions, type VersionSummary } from '../persistence/versions';
import { classifyError } from '../persistence/errors';
import { useLanguage } from '../i18n/useT';
import { useVersionsT, type VersionsTranslate } from '../i18n/useVersionsT';
import { arenaHref, navigate } from '../app/route';
import { compareHref, NOW_KEY, versionHref } from './routes';
import { size } from '../home/StorageNote';
import { formatDate } from './formatDate';

export function VersionsPanel() {
  const t = useVersionsT();
  const arenaId = useDocumentStore((s) => s.doc?.id ?? '');
  const shared = useSyncStore((s) => s.share !== null);
  const versions = useVersions(arenaId);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const nameId = useId();

  const fail = (error: unknown) => setMessage({ text: t('versions.failed', { reason: t(`save.${classifyError(error)}`) }), error: true });

  const onSave = async (e: FormEvent) => {
    e.preventDefault();
    // Text still being typed in a field belongs in the version too.
    flushDrafts();
    const doc = useDocumentStore.getState().doc;
    if (!doc) return;
    if (!name.trim()) {
      setMessage({ text: t('versions.nameMissing'), error: true });
      return;
    }
    try {
      const saved = await saveVersion(doc, name);
      setName('');
      setMessage({ text: t('versions.saved', { name: saved.name }), error: false });
    } catch (error) {
      fail(error);
    }
  };

  const list = versions.status === 'ready' ? versions.value : [];
  return (
    <div className="versions-panel">
      <p className="muted small">{t('versions.intro')}</p>
      {shared && <p className="versions-shared small">{t('versions.shared')}</p>}
      <form className="versions-save" onSubmit={(e) => void onSave(e)}>
        <label htmlFor={nameId} className="label">
          {t('versions.name')}
        </label>
        <div className="versions-save-row">
          <input
            id={nameId}
            value={name}
            maxLength={120}
            placeholder={t('versions.namePlaceholder')}
            aria-invalid={message?.error && !name.trim() ? true : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="button primary">
            {t('versions.save')}
          </button>
        </div>
      </form>
      <p role="status" className={message?.error ? 'field-error' : 'muted small'}>
        {message?.text ?? ''}
      </p>

      <h3>{t('versions.listTitle')}</h3>
      {versions.status === 'error' && <p role="alert" className="field-error">{t('versions.failed', { reason: versions.error })}</p>}
      {versions.status === 'ready' && list.length === 0 && <p className="muted small">{t('versions.none')}</p>}
      {list.length > 0 && (
        <>
          <ul className="versions-list">
            {list.map((v) => (
              <VersionRow key={v.id} version={v} t={t} onError={fail} />
            ))}
          </ul>
          <StorageLine versions={list} t={t} />
          <CompareForm arenaId={arenaId} versions={list} t={t} />
        </>
      )}
    </div>
  );
}

function StorageLine({ versions, t }: { versions: VersionSummary[]; t: VersionsTranslate }) {
  const language = useLanguage();
  const total = versions.reduce((sum, v) => sum + v.size, 0);
  const key = versions.length === 1 ? 'versions.storage.one' : 'versions.storage';
  return <p className="muted small">{t(key, { count: versions.length, size: size(total, language) })}</p>;
}

function VersionRow({ version, t, onError }: { version: VersionSummary; t: VersionsTranslate; onError(e: unknown): void }) {
  const language = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const partners = version.partners === 1 ? t('record.partners.one', { count: 1 }) : t('record.partners', { count: version.partners });

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  const exportIt = () =>
    run(async () => {
      const full = await loadVersion(version.id);
      if (!full) return;
      const { exportJson } = await import('../export/exportArena');
      exportJson({ ...full.arena, team: {}, title: t('versions.restoredTitle', { title: full.arena.title, name: version.name }) });
    });

  const restore = () =>
    run(async () => {
      const arena = await restoreVersionAsArena(version.id, (title) => t('versions.restoredTitle', { title, name: version.name }));
      if (arena) navigate(arenaHref(arena.id));
    });

  return (
    <li className="versions-row">
      <div className="versions-row-text">
        <strong className="versions-row-name">{version.name}</strong>
        <span className="muted small">
          {t('versions.meta', { date: formatDate(version.savedAt, language), partners, size: size(version.size, language) })}
        </span>
      </div>
      {confirming ? (
        <div className="versions-row-actions" role="group" aria-label={t('versions.rowActions', { name: version.name })}>
          <span className="small">{t('versions.deleteConfirm', { name: version.name })}</span>
          <button type="button" className="button small danger" disabled={busy} onClick={() => void run(() => deleteVersion(version.id))}>
            {t('versions.deleteYes')}
          </button>
          <button type="button" className="button small" autoFocus onClick={() => setConfirming(false)}>
            {t('versions.deleteNo')}
          </button>
        </div>
      ) : (
        <div className="versions-row-actions" role="group" aria-label={t('versions.rowActions', { name: version.name })}>
          <a className="button small" href={versionHref(version.arenaId, version.id)}>
            {t('versions.open')}
          </a>
          <a className="button small" href={compareHref(version.arenaId, version.id, NOW_KEY)}>
            {t('versions.compareNow')}
          </a>
          <button type="button" className="button small" disabled={busy} onClick={() => void exportIt()}>
            {t('versions.export')}
          </button>
          <button type="button" className="button small" disabled={busy} onClick={() => void restore()}>
            {t('versions.restore')}
          </button>
          <button type="button" className="button small ghost danger" disabled={busy} onClick={() => setConfirming(true)}>
            {t('versions.delete')}
          </button>
        </div>
      )}
    </li>
  );
}

function CompareForm({ arenaId, versions, t }: { arenaId: string; versions: VersionSummary[]; t: VersionsTranslate }) {
  const fromId = useId();
  const toId = useId();
  const [from, setFrom] = useState(versions[0]!.id);
  const [to, setTo] = useState(NOW_KEY);
  const fromValue = versions.some((v) => v.id === from) ? from : versions[0]!.id;
  const toValue = to === NOW_KEY || versions.some((v) => v.id === to) ? to : NOW_KEY;
  return (
    <form
      className="versions-compare"
      onSubmit={(e) => {
        e.preventDefault();
        navigate(compareHref(arenaId, fromValue, toValue));
      }}
    >
      <h3>{t('versions.compareTitle')}</h3>
      <div className="versions-compare-row">
        <label htmlFor={fromId} className="label">
          {t('versions.from')}
        </label>
        <select id={fromId} value={fromValue} onChange={(e) => setFrom(e.target.value)}>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
        <label htmlFor={toId} className="label">
          {t('versions.to')}
        </label>
        <select id={toId} value={toValue} onChange={(e) => setTo(e.target.value)}>
          <option value={NOW_KEY}>{t('versions.now')}</option>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button primary">
          {t('versions.compare')}
        </button>
      </div>
    </form>
  );
}
