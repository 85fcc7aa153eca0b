export const TEMPLATE_KINDS = [
  'check-in',
  'congrats-new-role',
  'thank-you',
  'reference-request',
  'rehire-enquiry',
  'mentor-question',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TEMPLATE_LABELS: Record<TemplateKind, string> = {
  'check-in': 'Check-in',
  'congrats-new-role': 'Congratulations on the new role',
  'thank-you': 'Thank you',
  'reference-request': 'Ask for a reference',
  'rehire-enquiry': 'Ask about working together again',
  'mentor-question': 'Ask for advice',
};

const ASKS: ReadonlySet<TemplateKind> = new Set([
  'reference-request',
  'rehire-enquiry',
  'mentor-question',
]);

/** Whether sending this starter asks something of the person (and so should follow a give). */
export function isAsk(kind: TemplateKind): boolean {
  return ASKS.has(kind);
}
