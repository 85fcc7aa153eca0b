import type { ImportDone } from '../imports/prepared';
import type { Translate } from './translate';

/** "Imported 9 new contacts, updated 0" (contract-bound in English) in the UI's language. */
export function importDoneIn(done: ImportDone, t: Translate): string {
  switch (done.kind) {
    case 'connections':
      return t('imports.doneConnections', {
        new: String(done.new),
        updated: String(done.updated),
      });
    case 'positions':
      return t('card.jobsAdded', done.added);
    case 'restore':
      return t('imports.doneRestore', { contacts: String(done.contacts), new: String(done.new) });
    default: {
      const impossible: never = done;
      return impossible;
    }
  }
}
