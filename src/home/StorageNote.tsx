import { useStorageInfo } from '../persistence/hooks';
import { useLanguage, useT } from '../i18n/useT';

export function size(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let n = bytes;
  let u = 0;
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  const digits = n < 10 && u > 0 ? 1 : 0;
  // A no-break space keeps the number and its unit on one line.
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n)}\u00a0${units[u]}`;
}

/** Where the data lives and how safe it is there, with a nudge to export when the browser may clear it. */
export function StorageNote({ refreshKey }: { refreshKey: unknown }) {
  const t = useT();
  const language = useLanguage();
  const info = useStorageInfo(refreshKey);
  if (!info) return null;
  const text = info.persisted === true ? t('storage.persistent') : info.persisted === false ? t('storage.bestEffort') : t('storage.unknown');
  return (
    <p className={`storage-note${info.persisted === false ? ' is-best-effort' : ''}`}>
      <span>{text}</span>
      {info.usage !== null && <span className="muted"> · {t('storage.used', { used: size(info.usage, language) })}</span>}
    </p>
  );
}
