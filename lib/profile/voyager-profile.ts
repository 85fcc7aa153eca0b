import type { Layer } from './layer';
import type { Education, Position, YearMonth } from './schema';
import { realPhoto } from './photo';
import { cleanText } from './text';
import { companyUrlOf } from './url';
import {
  VCollection,
  VEducation,
  VNamed,
  VPosition,
  VPositionGroup,
  type VDate,
  type VProfile,
  type VVectorImage,
} from './voyager-schema';

/** Voyager entities by URN. */
export type EntityIndex = ReadonlyMap<string, unknown>;

function named(
  index: EntityIndex,
  urn: string | null | undefined,
): ReturnType<typeof VNamed.parse> | null {
  const parsed = VNamed.safeParse(urn == null ? undefined : index.get(urn));
  return parsed.success ? parsed.data : null;
}

/** The URNs a `*collection` reference lists, in display order. */
function elements(index: EntityIndex, urn: string | null | undefined): string[] {
  const parsed = VCollection.safeParse(urn == null ? undefined : index.get(urn));
  return parsed.success ? parsed.data['*elements'] : [];
}

function yearMonth(date: VDate | null | undefined): YearMonth | null {
  return date == null ? null : { year: date.year, month: date.month ?? null };
}

/** rootUrl + the widest artifact; artifacts are not sorted (en-voyager-json). */
export function vectorImageUrl(image: VVectorImage | null | undefined): string | null {
  const widest = image?.artifacts.reduce<VVectorImage['artifacts'][number] | null>(
    (best, artifact) => (best === null || artifact.width > best.width ? artifact : best),
    null,
  );
  return image == null || widest == null
    ? null
    : image.rootUrl + widest.fileIdentifyingUrlPathSegment;
}

function toPosition(index: EntityIndex, raw: unknown): Position | null {
  const parsed = VPosition.safeParse(raw);
  if (!parsed.success) return null;
  const position = parsed.data;
  const company = named(index, position['*company']);
  const companyName = cleanText(position.companyName) ?? cleanText(company?.name);
  if (companyName === null) return null;
  const start = position.dateRange?.start ?? position.timePeriod?.startDate;
  const end = position.dateRange?.end ?? position.timePeriod?.endDate;
  return {
    title: cleanText(position.title),
    company: companyName,
    employmentType: cleanText(named(index, position['*employmentType'])?.name),
    start: yearMonth(start),
    end: yearMonth(end),
    isCurrent: start != null && end == null,
    durationText: null,
    location: cleanText(position.locationName),
    workplaceType: null,
    companyUrl: companyUrlOf(company?.url),
  };
}

/** Positions in display order: groups, then each group's roles. */
function positions(index: EntityIndex, profile: VProfile): Position[] {
  const groups = elements(index, profile['*profilePositionGroups']);
  const urns =
    groups.length > 0
      ? groups.flatMap((urn) => {
          const group = VPositionGroup.safeParse(index.get(urn));
          return group.success
            ? elements(index, group.data['*profilePositionInPositionGroup'])
            : [];
        })
      : elements(index, profile['*profilePositions']);
  return urns.map((urn) => toPosition(index, index.get(urn))).filter((p) => p !== null);
}

function toSchool(index: EntityIndex, raw: unknown): Education | null {
  const parsed = VEducation.safeParse(raw);
  if (!parsed.success) return null;
  const education = parsed.data;
  const school =
    cleanText(education.schoolName) ?? cleanText(named(index, education['*school'])?.name);
  if (school === null) return null;
  const degree = [education.degreeName, education.fieldOfStudy]
    .map(cleanText)
    .filter((part) => part !== null);
  return {
    school,
    degree: degree.length > 0 ? degree.join(', ') : null,
    startYear: (education.dateRange?.start ?? education.timePeriod?.startDate)?.year ?? null,
    endYear: (education.dateRange?.end ?? education.timePeriod?.endDate)?.year ?? null,
  };
}

function location(index: EntityIndex, profile: VProfile): string | null {
  const geo = named(index, profile.geoLocation?.['*geo']);
  return (
    cleanText(geo?.defaultLocalizedName) ??
    cleanText(profile.geoLocationName ?? profile.locationName)
  );
}

/** Everything one matched Voyager profile entity says about its owner. */
export function profileLayer(index: EntityIndex, profile: VProfile): Layer {
  const name = [profile.firstName, profile.lastName].map(cleanText).filter((part) => part !== null);
  const picture = profile.profilePicture?.displayImageReference?.vectorImage ?? profile.picture;
  const hasLists =
    profile['*profilePositionGroups'] != null || profile['*profilePositions'] != null;
  const layer: Layer = {
    source: 'voyager',
    name: name.length > 0 ? name.join(' ') : null,
    headline: cleanText(profile.headline ?? profile.occupation),
    location: location(index, profile),
    photoUrl: realPhoto(vectorImageUrl(picture)),
    memberId: cleanText(profile.entityUrn),
  };
  if (hasLists) layer.experience = positions(index, profile);
  if (profile['*profileEducations'] != null) {
    layer.education = elements(index, profile['*profileEducations'])
      .map((urn) => toSchool(index, index.get(urn)))
      .filter((school) => school !== null);
  }
  return layer;
}
