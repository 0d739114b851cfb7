import { useT } from '../i18n/useT';
import { navigate } from '../app/route';

/** Shown at once when the open arena is deleted elsewhere: nothing here is saved until it is restored. */
export function DeletedBanner({ onRestore }: { onRestore(): void }) {
  const t = useT();
  return (
    <div className="read-only-banner is-deleted" role="alert">
      <span>
        <strong>{t('deleted.title')}</strong> {t('deleted.text')}
      </span>
      <span className="row">
        <button type="button" className="button small primary" onClick={onRestore}>
          {t('deleted.restore')}
        </button>
        <button type="button" className="button small" onClick={() => navigate('#/')}>
          {t('deleted.close')}
        </button>
      </span>
    </div>
  );
}
