export { CadenceSettings, DEFAULT_CADENCES, defaultCadence } from './cadence';
export {
  computeNextDueAt,
  dueState,
  graceDays,
  snoozeUntil,
  type DueState,
  type SnoozeOption,
} from './schedule';
export { priority, relativeSummary, type Priority } from './priority';
export { badgeText, badgeTitle, relativeDays, spanOf } from './wording';
export { calendarDate, fromCalendarDate, plusDays, plusMonths, daysBetween } from './dates';
