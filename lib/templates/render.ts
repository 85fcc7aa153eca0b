import { shortCompanyName } from '../employers';
import type { Translate } from '../i18n/translate';
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

/**
 * Each starter offers something (news, thanks, help) as well as asking, and stays short. Every
 * language words it as a whole sentence with and without a shared employer (locales/*.yml,
 * `message.*`), since "our Acme days" does not translate piece by piece.
 */
function body(kind: TemplateKind, employer: string, at: string, t: Translate): string {
  switch (kind) {
    case 'check-in':
      return employer ? t('message.checkIn', { employer }) : t('message.checkInNoEmployer');
    case 'congrats-new-role':
      return employer
        ? t('message.congratsNewRole', { employer, at })
        : t('message.congratsNewRoleNoEmployer', { at });
    case 'thank-you':
      return employer ? t('message.thankYou', { employer }) : t('message.thankYouNoEmployer');
    case 'reference-request':
      return employer
        ? t('message.referenceRequest', { employer })
        : t('message.referenceRequestNoEmployer');
    case 'rehire-enquiry':
      return employer
        ? t('message.rehireEnquiry', { employer, at })
        : t('message.rehireEnquiryNoEmployer', { at });
    case 'mentor-question':
      return employer
        ? t('message.mentorQuestion', { employer })
        : t('message.mentorQuestionNoEmployer');
    default: {
      const impossible: never = kind;
      return impossible;
    }
  }
}

/** A short, human message starter in the UI's language; Formerly never sends it, the user does. */
export function renderTemplate(kind: TemplateKind, context: TemplateContext, t: Translate): string {
  const name = context.firstName.trim();
  const employer = context.sharedEmployer ? shortCompanyName(context.sharedEmployer) : '';
  const newCompany = context.newCompany ? shortCompanyName(context.newCompany) : '';
  const at = newCompany ? t('message.at', { company: newCompany }) : '';
  const greeting = name ? t('message.greeting', { name }) : t('message.greetingNoName');
  const me = context.myFirstName?.trim() ?? '';
  const signature = me ? `\n\n${me}` : '';
  return `${greeting} ${body(kind, employer, at, t)}${signature}`;
}
