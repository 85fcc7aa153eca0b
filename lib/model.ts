import { z } from 'zod';
import { problemText } from './i18n/problems';

/** A calendar date in the user's local calendar, `YYYY-MM-DD`. */
export const CalendarDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
  message: problemText('useDate'),
});
export type CalendarDate = z.infer<typeof CalendarDate>;

/** A month, `YYYY-MM`, or a year alone, `YYYY`, for job start and end dates. */
export const MonthDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, {
  message: problemText('useMonth'),
});
export type MonthDate = z.infer<typeof MonthDate>;

/** An instant, as an ISO 8601 timestamp. */
export const Instant = z.iso.datetime({ offset: true });
export type Instant = z.infer<typeof Instant>;

export const ROLES = [
  'former-manager',
  'skip-level-manager',
  'mentor',
  'colleague',
  'former-report',
  'hr-recruiter',
  'client',
  'other',
] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const Warmth = z.enum(['warm', 'neutral', 'strained']);
export type Warmth = z.infer<typeof Warmth>;

export const Reference = z.enum(['yes', 'maybe', 'no', 'unknown']);
export type Reference = z.infer<typeof Reference>;

export const ContactStatus = z.enum(['tracked', 'network']);
export type ContactStatus = z.infer<typeof ContactStatus>;

export const SharedEmployer = z.object({
  company: z.string().min(1),
  from: MonthDate.nullable(),
  to: MonthDate.nullable(),
  managedMe: z.boolean().optional(),
});
export type SharedEmployer = z.infer<typeof SharedEmployer>;

export const Snapshot = z.object({
  title: z.string().nullable(),
  company: z.string().nullable(),
});
export type Snapshot = z.infer<typeof Snapshot>;

const text = z.string().max(20_000);
const optionalText = text.nullable();

export const Contact = z.object({
  id: z.string().min(1),
  /** Canonical `https://www.linkedin.com/in/<slug>/`; absent for connections imported without a URL. */
  profileUrl: z.url().optional(),
  /** Older canonical URLs of the same person (LinkedIn slugs change). */
  aliases: z.array(z.string()),
  memberId: z.string().nullable(),
  name: z.string().min(1).max(500),
  firstName: z.string().max(500),
  lastName: z.string().max(500),
  headline: optionalText,
  photoUrl: z.string().nullable(),
  location: optionalText,
  currentTitle: optionalText,
  currentCompany: optionalText,
  email: z.string().nullable(),
  connectedOn: CalendarDate.nullable(),
  roles: z.array(Role),
  sharedEmployers: z.array(SharedEmployer),
  warmth: Warmth.nullable(),
  reference: Reference.nullable(),
  canVouchFor: text,
  notes: text,
  tags: z.array(z.string().min(1).max(100)),
  cadenceDays: z.number().int().min(1).max(3660).nullable(),
  lastContactedAt: CalendarDate.nullable(),
  /** Only tracked, unpaused, undeleted contacts carry it, so the due index stays small. */
  nextDueAt: CalendarDate.optional(),
  /** The first day the follow-up counts as overdue (after half a cadence of grace); indexed. */
  overdueFrom: CalendarDate.optional(),
  /**
   * With `nextDueAt` only: the relationship tier (relationshipTier), indexed with the due date
   * so the popup reads its top follow-ups without reading every due row.
   */
  dueTier: z.number().int().min(0).max(12).optional(),
  snoozedUntil: CalendarDate.nullable(),
  paused: z.boolean(),
  status: ContactStatus,
  snapshot: Snapshot,
  /** When a job change was last seen (kept on the contact so the popup never reads events). */
  jobChangedAt: Instant.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
  deletedAt: Instant.nullable(),
});
export type Contact = z.infer<typeof Contact>;

export const InteractionKind = z.enum(['message', 'email', 'call', 'meeting', 'coffee', 'other']);
export type InteractionKind = z.infer<typeof InteractionKind>;

export const Intent = z.enum(['give', 'ask', 'neutral']);
export type Intent = z.infer<typeof Intent>;

export const Interaction = z.object({
  id: z.string().min(1),
  contactId: z.string().min(1),
  /** The calendar day of the touch. */
  at: CalendarDate,
  kind: InteractionKind,
  intent: Intent,
  note: text,
  createdAt: Instant,
});
export type Interaction = z.infer<typeof Interaction>;

export const EventKind = z.enum(['job-change', 'saved', 'imported', 'other']);
export type EventKind = z.infer<typeof EventKind>;

export const ContactEvent = z.object({
  id: z.string().min(1),
  contactId: z.string().min(1),
  at: Instant,
  kind: EventKind,
  detail: text,
  /** For job changes: what was seen before and after. */
  from: Snapshot.optional(),
  to: Snapshot.optional(),
});
export type ContactEvent = z.infer<typeof ContactEvent>;

export const MyJob = z.object({
  id: z.string().min(1),
  company: z.string().min(1).max(500),
  /** `normalizeCompany(company)`, indexed for matching. */
  companyKey: z.string(),
  title: z.string().max(500).nullable(),
  from: MonthDate.nullable(),
  /** null = current job. */
  to: MonthDate.nullable(),
  companyUrl: z.string().nullable(),
});
export type MyJob = z.infer<typeof MyJob>;

export const ROLE_LABELS: Record<Role, string> = {
  'former-manager': 'Former manager',
  'skip-level-manager': 'Skip-level manager',
  mentor: 'Mentor',
  colleague: 'Colleague',
  'former-report': 'Former report',
  'hr-recruiter': 'HR / recruiter',
  client: 'Client',
  other: 'Other',
};
