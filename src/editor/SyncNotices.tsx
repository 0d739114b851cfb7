import { useDocumentStore } from '../store/documentStore';
import { useSyncStore } from '../store/syncStore';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n';

/**
 * What a merge or a personal undo in a shared arena has to tell: records from another device that could
 * not be read (left out, never crashing the map), partners kept against a delete, names that collide, a
 * document of a newer format (read-only), and an undo whose step someone else changed. Nothing for a local
 * arena.
 */
export function SyncNotices() {
  const t = useT();
  const shared = useSyncStore((s) => s.share);
  const report = useSyncStore((s) => s.report);
  const undo = useDocumentStore((s) => s.lastLinkedUndo);
  if (!shared) return null;
  const lines: { key: string; text: string; alert?: boolean }[] = [];
  if (report.tooNew) lines.push({ key: 'tooNew', text: t('sync.tooNew'), alert: true });
  else if (shared.role === 'view') lines.push({ key: 'view', text: t('sync.viewOnlyHint') });
  for (const [part, count] of Object.entries(report.unreadable)) {
    const form = count === 1 ? 'one' : 'other';
    const what = `sync.record.${part}.${form}`;
    lines.push({
      key: `unreadable-${part}`,
      text: t('sync.unreadable', { count, what: t((what in KNOWN ? what : `sync.record.partners.${form}`) as MessageKey), verb: t(`sync.unreadable.verb.${form}`) }),
      alert: true,
    });
  }
  for (const name of report.revived) lines.push({ key: `revived-${name}`, text: t('sync.revived', { name }) });
  for (const name of report.collisions) lines.push({ key: `collision-${name}`, text: t('sync.collision', { name }) });
  if (undo === 'changedElsewhere') lines.push({ key: 'undo', text: t('sync.changedElsewhere') });
  if (lines.length === 0) return null;
  return (
    <div className="sync-notices">
      {lines.map((line) => (
        <p key={line.key} className={`banner${line.alert ? ' warning' : ''}`} role={line.alert ? 'alert' : 'status'}>
          {line.text}
        </p>
      ))}
    </div>
  );
}

const KNOWN: Record<string, true> = Object.fromEntries(
  ['partners', 'tags', 'acknowledgements', 'actions', 'team'].flatMap((c) => [`sync.record.${c}.one`, `sync.record.${c}.other`]).map((k) => [k, true]),
);
