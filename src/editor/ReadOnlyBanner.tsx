import { useT } from '../i18n/useT';

export function ReadOnlyBanner({ onTakeOver }: { onTakeOver(): void }) {
  const t = useT();
  return (
    <div className="read-only-banner" role="status">
      <span>
        <strong>{t('tabs.readOnlyTitle')}</strong> {t('tabs.readOnlyText')}
      </span>
      <button type="button" className="button small primary" onClick={onTakeOver}>
        {t('tabs.takeOver')}
      </button>
    </div>
  );
}
