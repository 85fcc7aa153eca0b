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
export {
  byPriority,
  highestScore,
  MAX_TIER,
  priority,
  relationshipTier,
  sortByPriority,
  type Priority,
  type PrioritisedContact,
} from './priority';
export { comingUp, relativeSummary } from './summary';
export { badgeText, badgeTitle, relativeDays, spanOf } from './wording';
export { calendarDate, fromCalendarDate, plusDays, plusMonths, daysBetween } from './dates';
export { FIRST_BATCH, TIERS_DOWN, TopDue, walkTiers } from './top-due';
