import type { Position } from './schema';
import { parseDateRange, isDurationText, type DateRange } from './dates';
import { childEntities, topEntities } from './dom-sections';
import { entityLines } from './dom-text';
import { COMPANY_LINK } from './selectors';
import { cleanText, foldText, splitDots } from './text';
import { companyUrlOf } from './url';
import { WORKPLACE_TYPES } from './vocab';

interface Place {
  location: string | null;
  workplaceType: string | null;
}

/** What a grouped company header passes down to its roles. */
interface GroupHeader extends Place {
  company: string;
  employmentType: string | null;
  companyUrl: string | null;
}

/** `Oslo, Norway · Hybrid` → location + workplace type; `Remote` alone → workplace type only. */
export function splitPlace(line: string | undefined): Place {
  if (line === undefined) return { location: null, workplaceType: null };
  const parts = splitDots(line);
  const last = parts[parts.length - 1];
  if (last !== undefined && WORKPLACE_TYPES.has(foldText(last))) {
    return { location: cleanText(parts.slice(0, -1).join(' · ')), workplaceType: last };
  }
  return { location: cleanText(line), workplaceType: null };
}

function companyLink(entity: Element): string | null {
  return companyUrlOf(entity.querySelector(COMPANY_LINK)?.getAttribute('href'));
}

/** Splits a header into the lines before the date line, the date, and the lines after it. */
function aroundDate(lines: readonly string[]): {
  before: string[];
  range: DateRange | null;
  after: string[];
} {
  for (let index = 1; index < lines.length; index += 1) {
    const range = parseDateRange(lines[index] ?? '');
    if (range !== null) {
      return { before: lines.slice(1, index), range, after: lines.slice(index + 1) };
    }
  }
  return { before: lines.slice(1), range: null, after: [] };
}

function position(
  title: string | undefined,
  company: string,
  range: DateRange | null,
  rest: Omit<Position, 'title' | 'company' | 'start' | 'end' | 'isCurrent' | 'durationText'>,
): Position {
  return {
    title: cleanText(title),
    company,
    start: range?.start ?? null,
    end: range?.end ?? null,
    isCurrent: range?.isCurrent ?? false,
    durationText: range?.durationText ?? null,
    ...rest,
  };
}

/** A single role: `Title` / `Company · Type` / dates / `Place · Workplace`. */
function singleRole(entity: Element): Position | null {
  const lines = entityLines(entity);
  const { before, range, after } = aroundDate(lines);
  const [companyLine] = before;
  if (companyLine === undefined) return null;
  const parts = splitDots(companyLine);
  const company = cleanText(parts.length > 1 ? parts.slice(0, -1).join(' · ') : companyLine);
  if (company === null) return null;
  const employmentType = parts.length > 1 ? cleanText(parts[parts.length - 1]) : null;
  const place = splitPlace(after[0]);
  return position(lines[0], company, range, {
    employmentType,
    ...place,
    companyUrl: companyLink(entity),
  });
}

/** A group header: `Company` / `Full-time · 5 yrs 2 mos` (or only the duration) / place. */
function groupHeader(entity: Element): GroupHeader | null {
  const [companyLine, ...rest] = entityLines(entity);
  const company = cleanText(companyLine);
  if (company === null) return null;
  let employmentType: string | null = null;
  let placeLine: string | undefined;
  for (const line of rest) {
    const parts = splitDots(line);
    const last = parts[parts.length - 1];
    if (last !== undefined && isDurationText(last)) {
      employmentType = cleanText(parts.slice(0, -1).join(' · '));
    } else if (placeLine === undefined) {
      placeLine = line;
    }
  }
  return { company, employmentType, companyUrl: companyLink(entity), ...splitPlace(placeLine) };
}

/** A role inside a group: its own type or place line overrides the group's. */
function groupedRole(entity: Element, group: GroupHeader): Position {
  const lines = entityLines(entity);
  const { before, range, after } = aroundDate(lines);
  const place = after.length > 0 ? splitPlace(after[0]) : group;
  return position(lines[0], group.company, range, {
    employmentType: cleanText(before[0]) ?? group.employmentType,
    location: place.location,
    workplaceType: place.workplaceType,
    companyUrl: companyLink(entity) ?? group.companyUrl,
  });
}

/** Experience entries of an entity-list section, flattened, in display order. */
export function readEntityPositions(section: Element): Position[] {
  const positions: Position[] = [];
  for (const entity of topEntities(section)) {
    const roles = childEntities(entity);
    if (roles.length === 0) {
      const role = singleRole(entity);
      if (role !== null) positions.push(role);
      continue;
    }
    const group = groupHeader(entity);
    if (group !== null) positions.push(...roles.map((role) => groupedRole(role, group)));
  }
  return positions;
}
