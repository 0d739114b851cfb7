import { useRegisterSW } from 'virtual:pwa-register/react';
import { useT } from '../i18n/useT';

/** "A new version is available" with a reload button: the app never reloads by itself. */
export function UpdatePrompt() {
  const t = useT();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div className="update-prompt" role="status">
      <span>{t('pwa.newVersion')}</span>
      <button type="button" className="button small primary" onClick={() => void updateServiceWorker(true)}>
        {t('pwa.reload')}
      </button>
      <button type="button" className="button small ghost" onClick={() => setNeedRefresh(false)}>
        {t('pwa.later')}
      </button>
    </div>
  );
}
