export const TEMPLATE_KINDS = [
  'check-in',
  'congrats-new-role',
  'thank-you',
  'reference-request',
  'rehire-enquiry',
  'mentor-question',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

const ASKS: ReadonlySet<TemplateKind> = new Set([
  'reference-request',
  'rehire-enquiry',
  'mentor-question',
]);

/** Whether sending this starter asks something of the person (and so should follow a give). */
export function isAsk(kind: TemplateKind): boolean {
  return ASKS.has(kind);
}
