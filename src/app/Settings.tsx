import { useEffect } from 'react';
import { usePreferencesStore } from '../store/preferencesStore';
import { switchLanguage, useT } from '../i18n/useT';

/** Language and theme switches; the choice is remembered in this browser. */
export function Settings() {
  const t = useT();
  const language = usePreferencesStore((s) => s.language);
  const theme = usePreferencesStore((s) => s.theme);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <div className="settings">
      <label className="compact-select">
        <span className="visually-hidden">{t('settings.language')}</span>
        <select value={language} onChange={(e) => void switchLanguage(e.target.value as 'en' | 'nl')} aria-label={t('settings.language')}>
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </label>
      <button
        type="button"
        className="button small ghost"
        aria-pressed={theme === 'dark'}
        onClick={() => usePreferencesStore.getState().setTheme(theme === 'dark' ? 'light' : 'dark')}
      >
        {theme === 'dark' ? '☀ ' + t('settings.light') : '☾ ' + t('settings.dark')}
      </button>
    </div>
  );
}
