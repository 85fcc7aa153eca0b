/**
 * Every selector the DOM layer uses, with the fixtures (tests/fixtures/profiles/) that prove
 * it. Class names are avoided: LinkedIn hashes them since 2025 (en-hashed-2025). The few
 * utility classes below are hints, never the only way in.
 */

/** The page body; the sticky header and nav sit outside it (en-hashed-2025, en-classic-grouped). */
export const MAIN = 'main';

/** Profile entities: positions, schools, also licenses and "People also viewed" (all but en-public-guest). */
export const ENTITY = '[data-view-name="profile-component-entity"]';
export const ENTITY_ATTRIBUTE = 'data-view-name';
export const ENTITY_VALUE = 'profile-component-entity';

/** Section anchors before each card (en-classic-grouped, en-hashed-2025, es-locale, nl-locale). */
export const EXPERIENCE_ANCHOR_ID = 'experience';
export const EDUCATION_ANCHOR_ID = 'education';

/** Section headings in any UI language when anchors are missing (details-experience-subpage, en-public-guest). */
export const SECTION_HEADING = 'h2';

/** "Show all 9 experiences" points at the details sub-page (en-hashed-2025). */
export const SHOW_ALL_EXPERIENCE = 'a[href*="/details/experience"]';

/** The guest page's blurred placeholder list behind the sign-in wall (en-public-guest). */
export const HIDDEN_LIST_ITEM = '[aria-hidden="true"] li';

/** Headline element in the logged-in top card (en-classic-grouped, en-hashed-2025, es-locale). */
export const HEADLINE_TARGET = '[data-generated-suggestion-target]';

/** Blocks that may hold the headline when the attribute above is gone (en-public-guest h2). */
export const HEADLINE_CANDIDATES = 'div, h2, p';

/** The location sits just before this link (en-classic-grouped, en-hashed-2025, nl-locale). */
export const CONTACT_INFO_LINK = 'a[href*="/overlay/contact-info"]';

/** Public page subline holding the location (en-public-guest). */
export const PUBLIC_SUBLINE = 'h3';

/** `Current company: X. Click to skip…` (en-classic-grouped, en-hashed-2025, es-locale). */
export const LABELLED_CONTROL = 'button[aria-label], a[aria-label]';

/** Numeric member id on the top card section (en-classic-grouped, en-hashed-2025, minimal-ghost). */
export const MEMBER_ID_ATTRIBUTE = 'data-member-id';

/** Guest pages load the photo lazily from this attribute (en-public-guest). */
export const DELAYED_SRC_ATTRIBUTE = 'data-delayed-url';

/** Company links in an entity (en-classic-grouped, en-public-guest). */
export const COMPANY_LINK = 'a[href*="/company/"]';

/** Text only screen readers get; its aria-hidden twin is what the page shows (all fixtures). */
export const SCREEN_READER_CLASS = /(?:^|\s)(?:visually-hidden|a11y-text|sr-only)(?:\s|$)/;

/** Elements (by localName) whose text is never profile data. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'button',
  'code',
  'iframe',
]);

/** JSON-LD on guest pages (en-public-guest). */
export const JSON_LD = 'script[type="application/ld+json"]';

/** Voyager blobs and their request index (en-voyager-json). */
export const VOYAGER_DATALET = 'code[id^="datalet-bpr-guid-"]';
export const VOYAGER_BLOB = 'code[id^="bpr-guid-"]';

/** Meta fallbacks (en-public-guest). */
export const META_FIRST_NAME = 'meta[property="profile:first_name"]';
export const META_LAST_NAME = 'meta[property="profile:last_name"]';
export const META_TITLE = 'meta[property="og:title"], meta[name="twitter:title"]';
export const META_IMAGE = 'meta[property="og:image"], meta[name="twitter:image"]';
