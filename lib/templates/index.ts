export { TEMPLATE_KINDS, TEMPLATE_LABELS, isAsk, type TemplateKind } from './kinds';
export { renderTemplate, type TemplateContext } from './render';
export { giveAskWarning } from './give-ask';
