import { useRef, useState } from 'react';
import { useLanguage, useT } from '../i18n/useT';
import { importArenaFile } from '../app/importFile';
import { useSessionStore } from '../store/sessionStore';
import { isPartnerListFile, openListImport } from '../app/ListImport';

export function ImportButton() {
  const t = useT();
  const language = useLanguage();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button type="button" className="button import-button" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? t('import.working') : t('home.import')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={t('home.import')}
        accept=".json,.png,.csv,.tsv,.txt,.xlsx,.xls,application/json,image/png,text/csv"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          if (isPartnerListFile(file.name)) return openListImport(file, 'new');
          setBusy(true);
          void importArenaFile(file, t, language).then((outcome) => {
            setBusy(false);
            useSessionStore.getState().setNotice(outcome.ok ? null : outcome.message);
          });
        }}
      />
    </>
  );
}
