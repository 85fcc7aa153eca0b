export { findContact } from './find';
export { saveProfile, SaveProfileInput } from './save-profile';
export { recordVisit, latestJobChange, type Visit } from './visit';
export {
  updateContact,
  snoozeContact,
  deleteContact,
  undeleteContact,
  changeContact,
  ContactPatch,
  ContactNotFoundError,
  EditConflictError,
  changedFields,
} from './update';
export { logTouch, quickTouch, TouchInput } from './touch';
export { countDue, listDueBy } from './due';
export { withSchedule } from './schedule';
export { detectJobChange } from './job-change';
export { editInteraction, deleteInteraction } from './interactions';
export { bulkChange, type BulkChange } from './bulk';
