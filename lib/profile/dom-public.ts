import type { Education, Position } from './schema';
import { parseDateRange, type DateRange } from './dates';
import { educationYears } from './dom-education';
import { splitPlace } from './dom-positions';
import { visibleLines, visibleText } from './dom-text';
import { COMPANY_LINK } from './selectors';
import { cleanText, normalizeText } from './text';
import { companyUrlOf } from './url';

/**
 * The logged-out guest page (en-public-guest): cards of h3 title / h4 subtitle / <time>
 * dates, no entity attributes. The blurred placeholder list (aria-hidden) is not data.
 */
function shownItems(root: Element): Element[] {
  return [...root.querySelectorAll('li')].filter(
    (item) =>
      item.closest('[aria-hidden="true"]') === null &&
      (item.parentElement?.closest('li') ?? null) === (root.localName === 'li' ? root : null),
  );
}

function firstText(root: Element, selector: string): string | null {
  const element = root.querySelector(selector);
  return element === null ? null : cleanText(visibleText(element));
}

/** `<time>Apr 2021</time> - Present <span>3 years 9 months</span>` → a date range. */
function readTimes(item: Element): { range: DateRange | null; holder: Element | null } {
  const times = [...item.querySelectorAll('time')];
  const first = times[0];
  const holder = first?.parentElement ?? null;
  if (first === undefined || holder === null) return { range: null, holder: null };
  let rest = '';
  let duration: string | null = null;
  for (const child of holder.childNodes) {
    if (child.nodeType === 3) rest += child.nodeValue ?? '';
    else if ((child as Element).localName === 'span') duration = cleanText(child.textContent);
  }
  const endWord = normalizeText(rest).replace(/^[-–—\s]+/, '');
  const end = times[1]?.textContent ?? endWord;
  const text = end === '' ? first.textContent : `${first.textContent} - ${end}`;
  const range = parseDateRange(duration === null ? text : `${text} · ${duration}`);
  return { range, holder };
}

/** The meta line after the dates that has no <time> in it: the location. */
function placeAfter(holder: Element | null): string | undefined {
  let line = holder?.closest('p')?.nextElementSibling ?? null;
  for (; line !== null; line = line.nextElementSibling) {
    if (line.localName === 'p' && line.querySelector('time') === null) {
      return cleanText(visibleText(line)) ?? undefined;
    }
  }
  return undefined;
}

function publicRole(
  item: Element,
  company: string | null,
  companyUrl: string | null,
): Position | null {
  const name = company ?? firstText(item, 'h4');
  if (name === null) return null;
  const { range, holder } = readTimes(item);
  return {
    title: firstText(item, 'h3'),
    company: name,
    employmentType: null,
    start: range?.start ?? null,
    end: range?.end ?? null,
    isCurrent: range?.isCurrent ?? false,
    durationText: range?.durationText ?? null,
    ...splitPlace(placeAfter(holder)),
    companyUrl: companyUrl ?? companyUrlOf(item.querySelector(COMPANY_LINK)?.getAttribute('href')),
  };
}

export function readPublicPositions(section: Element): Position[] {
  const positions: Position[] = [];
  for (const item of shownItems(section)) {
    const roles = shownItems(item);
    if (roles.length === 0) {
      const role = publicRole(item, null, null);
      if (role !== null) positions.push(role);
      continue;
    }
    const header = [...item.querySelectorAll('h4')].find((h4) => h4.closest('li') === item);
    const company = header === undefined ? null : cleanText(visibleText(header));
    if (company === null) continue;
    const url = companyUrlOf(item.querySelector(COMPANY_LINK)?.getAttribute('href'));
    for (const role of roles) {
      const position = publicRole(role, company, url);
      if (position !== null) positions.push(position);
    }
  }
  return positions;
}

export function readPublicSchools(section: Element): Education[] {
  return shownItems(section).flatMap((item) => {
    const school = firstText(item, 'h3');
    if (school === null) return [];
    const subtitle = item.querySelector('h4');
    const degree = subtitle === null ? null : cleanText(visibleLines(subtitle).join(', '));
    return [{ school, degree, ...educationYears(readTimes(item).range) }];
  });
}
