import { z } from 'zod';
import { SaveProfileInput, TouchInput, ContactPatch } from './contacts';
import { Contact, ContactEvent } from './model';
import { ProfileData } from './profile/schema';

/** Every message a context may send to the background; validated there with `safeParse`. */
export const Request = z.discriminatedUnion('type', [
  z.object({ type: z.literal('profile/lookup'), profile: ProfileData }),
  z.object({ type: z.literal('profile/save'), input: SaveProfileInput }),
  z.object({
    type: z.literal('contact/update'),
    id: z.string(),
    patch: ContactPatch,
    /** The contact as the editor showed it: a field changed since is not overwritten. */
    base: Contact.optional(),
  }),
  z.object({ type: z.literal('contact/logTouch'), id: z.string(), touch: TouchInput }),
  z.object({ type: z.literal('profile/thisIsMe'), profile: ProfileData }),
  z.object({ type: z.literal('badge/refresh') }),
]);
export type Request = z.infer<typeof Request>;

export const SharedEmployerLine = z.object({
  company: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  text: z.string(),
  suggestedRole: z.string(),
});
export type SharedEmployerLine = z.infer<typeof SharedEmployerLine>;

export const LookupResult = z.object({
  contact: Contact.nullable(),
  jobChange: ContactEvent.nullable(),
  sharedEmployers: z.array(SharedEmployerLine),
  /** The page is the user's own profile (its experience matches their whole history). */
  isMe: z.boolean(),
});
export type LookupResult = z.infer<typeof LookupResult>;

export const ContactResult = z.object({ contact: Contact });
export type ContactResult = z.infer<typeof ContactResult>;

export const ThisIsMeResult = z.object({ added: z.number() });
export type ThisIsMeResult = z.infer<typeof ThisIsMeResult>;

export const BadgeResult = z.object({ due: z.number(), overdue: z.number() });
export type BadgeResult = z.infer<typeof BadgeResult>;

/** The answer to each request type, so senders get typed results. */
export interface ResultOf {
  'profile/lookup': LookupResult;
  'profile/save': ContactResult;
  'contact/update': ContactResult;
  'contact/logTouch': ContactResult;
  'profile/thisIsMe': ThisIsMeResult;
  'badge/refresh': BadgeResult;
}

export const RESULT_SCHEMAS = {
  'profile/lookup': LookupResult,
  'profile/save': ContactResult,
  'contact/update': ContactResult,
  'contact/logTouch': ContactResult,
  'profile/thisIsMe': ThisIsMeResult,
  'badge/refresh': BadgeResult,
} as const;

/** Every answer is JSON-safe: data on success, a message a person can act on otherwise. */
export const Reply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string(), code: z.string() }),
]);
export type Reply = z.infer<typeof Reply>;
