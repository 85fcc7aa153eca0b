import type { Education } from './schema';
import { parseDateRange, type DateRange } from './dates';
import { topEntities } from './dom-sections';
import { entityLines } from './dom-text';
import { cleanText } from './text';

export function educationYears(range: DateRange | null): Pick<Education, 'startYear' | 'endYear'> {
  return { startYear: range?.start.year ?? null, endYear: range?.end?.year ?? null };
}

/** One school entity: `School` / `Degree, Field` / `2011 - 2013`; degree and dates optional. */
function readSchool(entity: Element): Education | null {
  const [schoolLine, ...rest] = entityLines(entity);
  const school = cleanText(schoolLine);
  if (school === null) return null;
  let range: DateRange | null = null;
  let degree: string | null = null;
  for (const line of rest) {
    const parsed: DateRange | null = range === null ? parseDateRange(line) : null;
    if (parsed !== null) range = parsed;
    // The degree line comes before the dates; lines after them are grades or activities.
    else if (range === null && degree === null) degree = cleanText(line);
  }
  return { school, degree, ...educationYears(range) };
}

/** Education entries of an entity-list section, in display order. */
export function readEntitySchools(section: Element): Education[] {
  return topEntities(section)
    .map(readSchool)
    .filter((school) => school !== null);
}
