export { TEMPLATE_KINDS, isAsk, type TemplateKind } from './kinds';
export { renderTemplate, type TemplateContext } from './render';
export { giveAskText, giveAskWarning, type GiveAskWarning } from './give-ask';
