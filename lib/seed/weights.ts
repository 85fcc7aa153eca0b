import type { InteractionKind, Intent, Reference, Role, Warmth } from '@/lib/model';

type Weights<T> = readonly (readonly [T, number])[];

// Weights follow who people save first: former managers and warm ties.
export const ROLE_WEIGHTS: Weights<Role> = [
  ['former-manager', 40],
  ['colleague', 25],
  ['skip-level-manager', 8],
  ['mentor', 10],
  ['former-report', 8],
  ['hr-recruiter', 4],
  ['client', 3],
  ['other', 2],
];
export const WARMTH_WEIGHTS: Weights<Warmth> = [
  ['warm', 40],
  ['neutral', 50],
  ['strained', 10],
];
export const REFERENCE_WEIGHTS: Weights<Reference> = [
  ['yes', 25],
  ['maybe', 25],
  ['no', 5],
  ['unknown', 45],
];
export const KIND_WEIGHTS: Weights<InteractionKind> = [
  ['message', 45],
  ['email', 20],
  ['call', 12],
  ['meeting', 8],
  ['coffee', 10],
  ['other', 5],
];
export const INTENT_WEIGHTS: Weights<Intent> = [
  ['neutral', 60],
  ['give', 25],
  ['ask', 15],
];
