import type { Interaction } from '../model';

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

export interface TemplateContext {
  firstName: string;
  sharedEmployer: string | null;
  newCompany: string | null;
  myFirstName?: string | null;
}

const ASKS = new Set<TemplateKind>(['reference-request', 'rehire-enquiry', 'mentor-question']);

export function isAsk(kind: TemplateKind): boolean {
  return ASKS.has(kind);
}

function body(kind: TemplateKind, c: TemplateContext): string {
  const days = c.sharedEmployer ? `our ${c.sharedEmployer} days` : 'we worked together';
  const at = c.newCompany ? ` at ${c.newCompany}` : '';
  switch (kind) {
    case 'check-in':
      return `it's been a while since ${days} and you came to mind. How are things going? I'd love to hear what you're working on — and if there's anything I can help with, just say.`;
    case 'congrats-new-role':
      return `congratulations on the new role${at}! They're lucky to have you. I still use a lot of what I learned from you since ${days}.`;
    case 'thank-you':
      return `I wanted to say thank you. A lot of what I do well today goes back to ${days} and how you ran things. I hope all is well with you.`;
    case 'reference-request':
      return `I hope you're well! I'm applying for a new role and you know my work better than most from ${days}. Would you be comfortable being a reference? No pressure at all if the timing isn't right.`;
    case 'rehire-enquiry':
      return `I've been thinking about ${days} — it was one of the best teams I've worked on. If you're ever hiring${at}, I'd love to hear about it. Happy to catch up either way.`;
    case 'mentor-question':
      return `could I ask your advice on something? I'm weighing a career decision and your perspective since ${days} would mean a lot. Fifteen minutes whenever suits you.`;
    default: {
      const impossible: never = kind;
      return impossible;
    }
  }
}

/** A short, human message starter; Formerly never sends it, the user does. */
export function renderTemplate(kind: TemplateKind, context: TemplateContext): string {
  const signature = context.myFirstName ? `\n\n${context.myFirstName}` : '';
  return `Hi ${context.firstName}, ${body(kind, context)}${signature}`;
}

const YEAR_MS = 365 * 86_400_000;

/**
 * Before an ask: a nudge to give first when the last three touches were all asks, or when
 * nothing was given in the last year. Null when asking is fine.
 */
export function giveAskWarning(
  interactions: Interaction[],
  now: Date,
  firstName = 'them',
): string | null {
  const newest = [...interactions].sort((a, b) => b.at.localeCompare(a.at));
  const lastThree = newest.slice(0, 3);
  if (lastThree.length === 3 && lastThree.every((t) => t.intent === 'ask')) {
    return `Your last three touches with ${firstName} were all asks. Consider giving first — congratulate them, share something useful, or say thanks.`;
  }
  const since = now.getTime() - YEAR_MS;
  const gaveRecently = newest.some((t) => t.intent === 'give' && Date.parse(t.at) >= since);
  if (!gaveRecently) {
    return `You haven't given ${firstName} anything in the last year. A congratulations or a thank-you first makes the ask easier for both of you.`;
  }
  return null;
}
