import { shortCompanyName } from '../employers';
import type { TemplateKind } from './kinds';

export interface TemplateContext {
  firstName: string;
  /** The employer you shared, as the profile writes it; null when there is none. */
  sharedEmployer: string | null;
  /** Where they work now, for congratulations and re-hire notes. */
  newCompany: string | null;
  /** The user's own first name, to sign with. */
  myFirstName?: string | null;
}

interface Phrases {
  /** "our Acme days" or "we worked together", after "since". */
  since: string;
  /** "our Acme days" or "when we worked together", after "back to" or "about". */
  back: string;
  /** " at Globex" or nothing. */
  at: string;
}

function phrasesOf(context: TemplateContext): Phrases {
  const employer = context.sharedEmployer ? shortCompanyName(context.sharedEmployer) : '';
  const newCompany = context.newCompany ? shortCompanyName(context.newCompany) : '';
  return {
    since: employer ? `our ${employer} days` : 'we worked together',
    back: employer ? `our ${employer} days` : 'when we worked together',
    at: newCompany ? ` at ${newCompany}` : '',
  };
}

/** Each starter offers something (news, thanks, help) as well as asking, and stays short. */
function body(kind: TemplateKind, p: Phrases): string {
  switch (kind) {
    case 'check-in':
      return `it's been a while since ${p.since} — you came to mind and I wanted to say hello. How are things with you? If there's anything I can help with, I'd be glad to.`;
    case 'congrats-new-role':
      return `congratulations on the new role${p.at}! They're lucky to have you. I still think about how well you ran things back in ${p.back}. Wishing you a great start.`;
    case 'thank-you':
      return `I wanted to say thank you. A lot of what I do well today goes back to ${p.back} and what I learned from you. I hope all is well with you.`;
    case 'reference-request':
      return `I hope you're well! I'm applying for a new role, and you know my work from ${p.back} better than most. Would you be comfortable being a reference? I can send a short summary of what I worked on to make it easy — and no pressure at all if the timing isn't right.`;
    case 'rehire-enquiry':
      return `I've been thinking about ${p.back} — one of the best teams I've worked on. If you're ever hiring${p.at}, I'd love to hear about it. Happy to catch up either way, and if I can return the favour, just say.`;
    case 'mentor-question':
      return `could I ask your advice on something? I'm weighing a career decision, and your perspective has meant a lot to me since ${p.since}. Fifteen minutes whenever suits you — and if there's anything I can do for you in return, just ask.`;
    default: {
      const impossible: never = kind;
      return impossible;
    }
  }
}

/** A short, human message starter; Formerly never sends it, the user does. */
export function renderTemplate(kind: TemplateKind, context: TemplateContext): string {
  const name = context.firstName.trim() || 'there';
  const me = context.myFirstName?.trim() ?? '';
  const signature = me ? `\n\n${me}` : '';
  return `Hi ${name}, ${body(kind, phrasesOf(context))}${signature}`;
}
