// Answers that answer nothing: "unknown", "TBD", «не знаю», "לא ידוע", "غير معروف". A brief field holding one of
// these is as unanswered as an empty one (004: a missing answer means another briefing).

const PLACEHOLDERS = new Set(
  [
    // en
    'unknown', 'n/a', 'na', 'none', 'tbd', 'tbc', 'todo', 'to do', 'to be defined', 'to be confirmed', 'to be decided',
    'not known', "don't know", 'dont know', 'do not know', 'no idea', 'later', 'no data', 'nothing', 'not yet', 'ask the client',
    'ask client', 'to check', 'check', 'xxx', 'no answer', 'not sure', 'to be filled', 'to be filled in', 'fill in', 'pending',
    // ru
    'неизвестно', 'не известно', 'не знаю', 'не знаем', 'нет данных', 'нет', 'уточнить', 'уточним', 'уточняется',
    'потом', 'позже', 'нет информации', 'н/д', 'пока нет', 'нет ответа', 'спросить', 'спросить клиента', 'не ясно', 'неясно',
    'заполнить', 'заполнить позже', 'дополнить',
    // he
    'לא ידוע', 'לא יודע', 'לא יודעת', 'לא יודעים', 'אין מידע', 'אין נתונים', 'לבדוק', 'נבדוק', 'בהמשך', 'אין', 'טרם',
    'לא רלוונטי', 'לשאול', 'לשאול את הלקוח', 'עוד לא', 'למלא', 'יושלם',
    // ar
    'غير معروف', 'غير معروفة', 'لا أعرف', 'لا اعرف', 'لا نعرف', 'لا يوجد', 'لا توجد بيانات', 'لا معلومات', 'لاحقا', 'لاحقًا',
    'سيتم التحديد', 'غير محدد', 'غير محددة', 'لا شيء', 'يجب السؤال', 'ليس بعد', 'يُستكمل', 'يستكمل', 'للتعبئة',
  ].map(normalize),
);

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/’/g, "'");
}

/** True for blank text, punctuation alone ("?", "—"), or a known placeholder in any of the four languages. */
export function isPlaceholder(text: string): boolean {
  const normal = normalize(text);
  if (normal === '') return true;
  if (normal.length > 40) return false;
  return PLACEHOLDERS.has(normal) || PLACEHOLDERS.has(text.trim().toLowerCase());
}

/** A Markdown list marker, heading marker or emphasis around a line: "- ", "1. ", "## ", "**…**". */
const LINE_MARKUP = /^[\s>#*_\-+•·]*(?:\d+[.)]\s+)?|[\s*_]+$/gu;
/** A question, whatever closes it: "Restaurant type (fast casual? chains?)", "من هو العميل؟". */
const QUESTION = /[?؟][\s)\]»"”’*_]*$/u;
/** A label that introduces an answer that is not there: "**Target customer profile:**". */
const LABEL = /[:：]$/u;

/**
 * True when a brief's answer answers nothing: a placeholder, or lines that are only the questions asked, labels and
 * placeholders ("Why us vs. competitors? - [To be filled]"), as briefs sent to the client before the call are (004: a
 * missing answer means another briefing). A single line of the client's own words is an answer.
 */
export function isUnanswered(text: string): boolean {
  if (isPlaceholder(text)) return true;
  const lines = text.split(/\r?\n/).map((line) => line.replace(LINE_MARKUP, '').trim()).filter((line) => line !== '');
  return lines.length > 0 && lines.every((line) => isPlaceholder(line) || QUESTION.test(line) || LABEL.test(line));
}
