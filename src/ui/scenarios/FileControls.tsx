import { useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { openFile } from './openFile.ts';
import { requestFile } from './teachingStore.ts';

/** Open a scenario file (picker; dropping a file anywhere works too) and save the run as a file. */
export function FileControls() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>{t('teach.open')}</button>
      <input
        ref={input} type="file" accept=".json,application/json" className="visually-hidden" tabIndex={-1}
        aria-label={t('teach.fileInput')} data-testid="scenario-file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) openFile(file);
          // Reset, so choosing the same file again still reports a change.
          e.currentTarget.value = '';
        }}
      />
      <button type="button" onClick={() => requestFile('save')}>{t('teach.save')}</button>
    </>
  );
}
