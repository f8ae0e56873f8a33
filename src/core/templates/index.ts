// New briefs and proposals as YAML text, in English, Russian, Hebrew or Arabic; a proposal drafted from a brief.
export { briefSkeleton, proposalFromBrief, proposalSkeleton, PROPOSAL_BLOCKS, today } from './documents';
export type { FromBriefOptions, FromBriefResult, TemplateOptions } from './documents';
export { LANGUAGE_NAMES, TEMPLATE_LOCALES, templateLocale, textsFor } from './i18n';
export type { TemplateLocale, TemplateTexts } from './i18n';
export { freeName, proposalNameFor } from './names';
