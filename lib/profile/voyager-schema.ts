import { z } from 'zod';

/**
 * The parts of LinkedIn's Voyager JSON (normalised `data` + `included` entities, references
 * as `*field` URNs) that the parser reads. Unknown fields pass through; anything malformed
 * simply fails safeParse and is ignored.
 */
const VDate = z.object({
  year: z.number().int(),
  month: z.number().int().min(1).max(12).nullish(),
});
export type VDate = z.infer<typeof VDate>;

const VDateRange = z.object({ start: VDate.nullish(), end: VDate.nullish() });
/** Older Voyager payloads: `timePeriod.startDate` / `endDate`. */
const VTimePeriod = z.object({ startDate: VDate.nullish(), endDate: VDate.nullish() });

export const VVectorImage = z.object({
  rootUrl: z.string(),
  artifacts: z.array(z.object({ width: z.number(), fileIdentifyingUrlPathSegment: z.string() })),
});
export type VVectorImage = z.infer<typeof VVectorImage>;

export const VProfile = z.object({
  publicIdentifier: z.string(),
  entityUrn: z.string().nullish(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  headline: z.string().nullish(),
  occupation: z.string().nullish(),
  geoLocation: z.object({ '*geo': z.string().nullish() }).nullish(),
  geoLocationName: z.string().nullish(),
  locationName: z.string().nullish(),
  profilePicture: z
    .object({ displayImageReference: z.object({ vectorImage: VVectorImage.nullish() }).nullish() })
    .nullish(),
  picture: VVectorImage.nullish(),
  '*profilePositionGroups': z.string().nullish(),
  '*profilePositions': z.string().nullish(),
  '*profileEducations': z.string().nullish(),
});
export type VProfile = z.infer<typeof VProfile>;

export const VCollection = z.object({ '*elements': z.array(z.string()) });

export const VPositionGroup = z.object({
  '*profilePositionInPositionGroup': z.string().nullish(),
});

export const VPosition = z.object({
  title: z.string().nullish(),
  companyName: z.string().nullish(),
  '*company': z.string().nullish(),
  dateRange: VDateRange.nullish(),
  timePeriod: VTimePeriod.nullish(),
  locationName: z.string().nullish(),
  '*employmentType': z.string().nullish(),
});
export type VPosition = z.infer<typeof VPosition>;

export const VEducation = z.object({
  schoolName: z.string().nullish(),
  '*school': z.string().nullish(),
  degreeName: z.string().nullish(),
  fieldOfStudy: z.string().nullish(),
  dateRange: VDateRange.nullish(),
  timePeriod: VTimePeriod.nullish(),
});
export type VEducation = z.infer<typeof VEducation>;

/** Companies, schools, employment types and places: all carry a display name. */
export const VNamed = z.object({
  name: z.string().nullish(),
  url: z.string().nullish(),
  defaultLocalizedName: z.string().nullish(),
});

export const VDocument = z.object({ included: z.array(z.unknown()) });
