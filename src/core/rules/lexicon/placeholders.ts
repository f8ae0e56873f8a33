// Answers that answer nothing: "unknown", "TBD", «не знаю», "לא ידוע", "غير معروف". A brief field holding one of
// these is as unanswered as an empty one (004: a missing answer means another briefing).

const PLACEHOLDERS = new Set(
  [
    // en
    'unknown', 'n/a', 'na', 'none', 'tbd', 'tbc', 'todo', 'to do', 'to be defined', 'to be confirmed', 'to be decided',
    'not known', "don't know", 'dont know', 'do not know', 'no idea', 'later', 'no data', 'nothing', 'not yet', 'ask the client',
    'ask client', 'to check', 'check', 'xxx', 'no answer', 'not sure',
    // ru
    'неизвестно', 'не известно', 'не знаю', 'не знаем', 'нет данных', 'нет', 'уточнить', 'уточним', 'уточняется',
    'потом', 'позже', 'нет информации', 'н/д', 'пока нет', 'нет ответа', 'спросить', 'спросить клиента', 'не ясно', 'неясно',
    // he
    'לא ידוע', 'לא יודע', 'לא יודעת', 'לא יודעים', 'אין מידע', 'אין נתונים', 'לבדוק', 'נבדוק', 'בהמשך', 'אין', 'טרם',
    'לא רלוונטי', 'לשאול', 'לשאול את הלקוח', 'עוד לא',
    // ar
    'غير معروف', 'غير معروفة', 'لا أعرف', 'لا اعرف', 'لا نعرف', 'لا يوجد', 'لا توجد بيانات', 'لا معلومات', 'لاحقا', 'لاحقًا',
    'سيتم التحديد', 'غير محدد', 'غير محددة', 'لا شيء', 'يجب السؤال', 'ليس بعد',
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
