export { CadenceSettings, DEFAULT_CADENCES, defaultCadence } from './cadence';
export {
  computeNextDueAt,
  dueState,
  graceDays,
  snoozeUntil,
  type DueState,
  type ScheduleFields,
  type SnoozeOption,
} from './schedule';
export { priority, sortByPriority, type Priority, type PrioritisedContact } from './priority';
export { comingUp, relativeSummary } from './summary';
export { badgeText, badgeTitle, relativeDays, spanOf } from './wording';
export { calendarDate, fromCalendarDate, plusDays, plusMonths, daysBetween } from './dates';
