import type { InteractionKind, Reference, Role, Warmth } from '../model';
import type { TemplateKind } from '../templates';
import type { PlainKey } from './translate';

// Catalogue keys for the model's enumerations. lib/model keeps its English labels for the CSV
// export (contract 5); the UI shows these.

export const ROLE_KEYS = {
  'former-manager': 'roles.formerManager',
  'skip-level-manager': 'roles.skipLevelManager',
  mentor: 'roles.mentor',
  colleague: 'roles.colleague',
  'former-report': 'roles.formerReport',
  'hr-recruiter': 'roles.hrRecruiter',
  client: 'roles.client',
  other: 'roles.other',
} as const satisfies Record<Role, PlainKey>;

/** The same roles inside a sentence ("Save as former manager"). */
export const ROLE_INLINE_KEYS = {
  'former-manager': 'rolesInline.formerManager',
  'skip-level-manager': 'rolesInline.skipLevelManager',
  mentor: 'rolesInline.mentor',
  colleague: 'rolesInline.colleague',
  'former-report': 'rolesInline.formerReport',
  'hr-recruiter': 'rolesInline.hrRecruiter',
  client: 'rolesInline.client',
  other: 'rolesInline.other',
} as const satisfies Record<Role, PlainKey>;

export const WARMTH_KEYS = {
  warm: 'warmth.warm',
  neutral: 'warmth.neutral',
  strained: 'warmth.strained',
} as const satisfies Record<Warmth, PlainKey>;

export const WARMTH_INLINE_KEYS = {
  warm: 'warmthInline.warm',
  neutral: 'warmthInline.neutral',
  strained: 'warmthInline.strained',
} as const satisfies Record<Warmth, PlainKey>;

export const REFERENCE_KEYS = {
  yes: 'reference.willing',
  maybe: 'reference.maybe',
  no: 'reference.unwilling',
  unknown: 'reference.unknown',
} as const satisfies Record<Reference, PlainKey>;

export const KIND_KEYS = {
  message: 'kinds.message',
  email: 'kinds.email',
  call: 'kinds.call',
  meeting: 'kinds.meeting',
  coffee: 'kinds.coffee',
  other: 'kinds.other',
} as const satisfies Record<InteractionKind, PlainKey>;

export const TEMPLATE_KEYS = {
  'check-in': 'templates.checkIn',
  'congrats-new-role': 'templates.congratsNewRole',
  'thank-you': 'templates.thankYou',
  'reference-request': 'templates.referenceRequest',
  'rehire-enquiry': 'templates.rehireEnquiry',
  'mentor-question': 'templates.mentorQuestion',
} as const satisfies Record<TemplateKind, PlainKey>;
