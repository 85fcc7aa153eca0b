import { z } from 'zod';

/** A month in a position's date range; `month` is null for year-only dates. */
export const YearMonth = z.object({
  year: z.number().int(),
  month: z.number().int().min(1).max(12).nullable(),
});
export type YearMonth = z.infer<typeof YearMonth>;

export const Position = z.object({
  title: z.string().nullable(),
  company: z.string(),
  employmentType: z.string().nullable(),
  start: YearMonth.nullable(),
  end: YearMonth.nullable(),
  isCurrent: z.boolean(),
  durationText: z.string().nullable(),
  location: z.string().nullable(),
  workplaceType: z.string().nullable(),
  /** LinkedIn company URL or id when the page links one; helps match employers. */
  companyUrl: z.string().nullable().optional(),
});
export type Position = z.infer<typeof Position>;

export const Education = z.object({
  school: z.string(),
  degree: z.string().nullable(),
  startYear: z.number().int().nullable(),
  endYear: z.number().int().nullable(),
});
export type Education = z.infer<typeof Education>;

export const PageType = z.enum(['feed', 'company', 'jobs', 'search', 'messaging', 'other']);
export type PageType = z.infer<typeof PageType>;

/** The fields a parse can come back without; the card asks the user for them. */
export const ProfileField = z.enum([
  'name',
  'headline',
  'location',
  'currentTitle',
  'currentCompany',
  'photoUrl',
  'experience',
  'education',
]);
export type ProfileField = z.infer<typeof ProfileField>;

export const ProfileSource = z.enum(['url', 'jsonld', 'voyager', 'dom', 'meta']);
export type ProfileSource = z.infer<typeof ProfileSource>;

export const ProfileData = z.object({
  isProfile: z.literal(true),
  name: z.string(),
  headline: z.string().nullable(),
  location: z.string().nullable(),
  currentTitle: z.string().nullable(),
  currentCompany: z.string().nullable(),
  profileUrl: z.string(),
  photoUrl: z.string().nullable(),
  experience: z.array(Position),
  experienceIsPartial: z.boolean(),
  education: z.array(Education),
  /** LinkedIn's member id (urn:li:fsd_profile:… or the numeric member id) when the page has it. */
  memberId: z.string().nullable().optional(),
  /** Fields the page did not give; the card shows a review form for them. */
  missing: z.array(ProfileField),
  /** Which layer gave each top-level field. */
  sources: z.partialRecord(z.string(), ProfileSource),
});
export type ProfileData = z.infer<typeof ProfileData>;

export const NotProfile = z.object({ isProfile: z.literal(false), pageType: PageType });
export type NotProfile = z.infer<typeof NotProfile>;

export const ProfileParse = z.discriminatedUnion('isProfile', [ProfileData, NotProfile]);
export type ProfileParse = z.infer<typeof ProfileParse>;
