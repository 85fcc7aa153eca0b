import type { Layer } from './layer';
import type { ProfileData, ProfileField, ProfileSource } from './schema';

type Scalar = 'name' | 'headline' | 'location' | 'photoUrl' | 'memberId' | 'currentCompany';
type ListField = 'experience' | 'education';

/** Order of trust for single values, as the issue lists the layers. */
const SCALAR_ORDER: readonly ProfileSource[] = ['jsonld', 'voyager', 'dom', 'meta'];
/** For equally long lists the rendered page wins: it shows durations and workplace types. */
const LIST_ORDER: readonly ProfileSource[] = ['dom', 'voyager', 'jsonld'];

type Sources = ProfileData['sources'];

function byOrder(layers: readonly Layer[], order: readonly ProfileSource[]): Layer[] {
  return order.flatMap((source) => layers.filter((layer) => layer.source === source));
}

function pickScalar(layers: readonly Layer[], field: Scalar, sources: Sources): string | null {
  for (const layer of byOrder(layers, SCALAR_ORDER)) {
    const value = layer[field];
    if (value !== null && value !== undefined && value !== '') {
      sources[field] = layer.source;
      return value;
    }
  }
  return null;
}

/** The longest list wins (a complete Voyager list beats a partial page); ties by LIST_ORDER. */
function pickList(layers: readonly Layer[], field: ListField): Layer | null {
  let best: Layer | null = null;
  for (const layer of byOrder(layers, LIST_ORDER)) {
    const length = layer[field]?.length;
    if (length !== undefined && length > (best?.[field]?.length ?? 0)) best = layer;
  }
  return best;
}

function missingFields(profile: Omit<ProfileData, 'missing'>): ProfileField[] {
  const missing: ProfileField[] = [];
  if (profile.name === '') missing.push('name');
  for (const field of [
    'headline',
    'location',
    'currentTitle',
    'currentCompany',
    'photoUrl',
  ] as const) {
    if (profile[field] === null) missing.push(field);
  }
  if (profile.experience.length === 0) missing.push('experience');
  if (profile.education.length === 0) missing.push('education');
  return missing;
}

/** One profile from all layers, remembering which layer gave each top-level field. */
export function mergeLayers(layers: readonly Layer[], profileUrl: string): ProfileData {
  const sources: Sources = { profileUrl: 'url' };
  const experienceLayer = pickList(layers, 'experience');
  const educationLayer = pickList(layers, 'education');
  const experience = experienceLayer?.experience ?? [];
  const current = experience.find((position) => position.isCurrent);
  if (experienceLayer !== null) sources.experience = experienceLayer.source;
  if (educationLayer !== null) sources.education = educationLayer.source;
  if (current !== undefined && experienceLayer !== null) {
    if (current.title !== null) sources.currentTitle = experienceLayer.source;
    sources.currentCompany = experienceLayer.source;
  }
  // Without any list, the top card's "Current company" label is the only word on it.
  const labelled = experienceLayer === null ? pickScalar(layers, 'currentCompany', sources) : null;
  const partial = experienceLayer
    ? experienceLayer.experienceIsPartial === true
    : layers.some((layer) => layer.experienceIsPartial === true);
  const profile = {
    isProfile: true as const,
    name: pickScalar(layers, 'name', sources) ?? '',
    headline: pickScalar(layers, 'headline', sources),
    location: pickScalar(layers, 'location', sources),
    currentTitle: current?.title ?? null,
    currentCompany: current?.company ?? labelled,
    profileUrl,
    photoUrl: pickScalar(layers, 'photoUrl', sources),
    experience,
    experienceIsPartial: partial,
    education: educationLayer?.education ?? [],
    memberId: pickScalar(layers, 'memberId', sources),
    sources,
  };
  return { ...profile, missing: missingFields(profile) };
}
