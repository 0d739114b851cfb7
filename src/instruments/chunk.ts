// The instruments' screens as one chunk, with their messages: loaded when a partner's details or the sheet tab first show.
import { loadInstrumentMessages } from '../i18n/instrumentMessages';

export { InstrumentEditor } from './InstrumentEditor';
export { InstrumentSheets } from './InstrumentSheets';

/** Resolves once the messages are there, so that nothing shows a bare key. */
export const ready = loadInstrumentMessages();
