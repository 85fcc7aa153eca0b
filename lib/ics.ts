import { addDays, format } from 'date-fns';
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { toCalendarDate } from '@/lib/clock';
import { problemText } from '@/lib/i18n/problems';
import { ROLE_LABELS, type CalendarDate, type Contact, type Role } from '@/lib/model';

/** The `ics` package refused the events; the message is its own. */
export class IcsExportError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(problemText('calendarFailed', { detail: message }), options);
    this.name = 'IcsExportError';
  }
}

function toDateArray(date: CalendarDate): DateArray {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  return [year, month, day];
}

function dayAfter(date: CalendarDate): CalendarDate {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return format(addDays(new Date(year, month - 1, day), 1), 'yyyy-MM-dd');
}

/** The words of the calendar file, in the language the dashboard shows (English by default). */
export interface IcsWords {
  followUpWith: (name: string) => string;
  jobAt: (title: string, company: string) => string;
  lastContacted: (date: CalendarDate) => string;
  role: (role: Role) => string;
}

export const ENGLISH_ICS_WORDS: IcsWords = {
  followUpWith: (name) => `Follow up with ${name}`,
  jobAt: (title, company) => `${title} at ${company}`,
  lastContacted: (date) => `last contacted ${date}`,
  role: (role) => ROLE_LABELS[role],
};

/** Why this person, in one line: "Former manager · VP Engineering at Acme · last contacted 2024-01-05". */
function reasonLine(contact: Contact, words: IcsWords): string {
  const { currentTitle: title, currentCompany: company } = contact;
  const job = title && company ? words.jobAt(title, company) : (title ?? company ?? '');
  const last = contact.lastContactedAt ? words.lastContacted(contact.lastContactedAt) : '';
  const roles = contact.roles.map((role) => words.role(role)).join(', ');
  return [roles, job, last].filter(Boolean).join(' · ');
}

function followUpEvent(
  contact: Contact,
  due: CalendarDate,
  now: Date,
  words: IcsWords,
): EventAttributes {
  const description = [reasonLine(contact, words), contact.profileUrl ?? '']
    .filter(Boolean)
    .join('\n');
  const event: EventAttributes & { timestamp: number } = {
    // Same UID on every export, so re-importing updates the event instead of adding a copy.
    uid: `follow-up-${contact.id}@formerly`,
    title: words.followUpWith(contact.name),
    description,
    start: toDateArray(due),
    end: toDateArray(dayAfter(due)),
    transp: 'TRANSPARENT',
    busyStatus: 'FREE',
    // DTSTAMP from `now`, not the package's own clock, so the output depends on the arguments only.
    timestamp: now.getTime(),
  };
  if (contact.profileUrl) event.url = contact.profileUrl;
  return event;
}

/**
 * An iCalendar file of the follow-ups of tracked, undeleted contacts, as all-day events in
 * due order. An overdue follow-up is placed today: a reminder in the past is one nobody sees.
 */
export function followUpsToIcs(
  contacts: readonly Contact[],
  now: Date,
  words: IcsWords = ENGLISH_ICS_WORDS,
): string {
  const today = toCalendarDate(now);
  const events = contacts
    .filter(
      (contact) => contact.status === 'tracked' && contact.deletedAt === null && contact.nextDueAt,
    )
    .map((contact) => {
      const due = contact.nextDueAt && contact.nextDueAt > today ? contact.nextDueAt : today;
      return { due, event: followUpEvent(contact, due, now, words) };
    })
    .sort((a, b) => a.due.localeCompare(b.due))
    .map(({ event }) => event);
  const { error, value } = createEvents(events, {
    productId: 'formerly/follow-ups',
    calName: 'Formerly follow-ups',
  });
  if (error !== null || value === null) {
    throw new IcsExportError(error?.message ?? 'no output', { cause: error });
  }
  return value;
}
