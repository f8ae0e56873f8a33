// A training event named in a title: a workshop, a lecture, a course. It is delivered in the session itself, so a
// quote for one has no project whose success is measured later (test/corpus/: three such quotes, none of whose
// readers asked for success metrics or an out-of-scope list).

const TRAINING = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:workshops?|lectures?|training|courses?|webinars?|masterclass(?:es)?|seminars?|bootcamps?)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:семинар|лекци|тренинг|мастер-класс|воркшоп|вебинар|курс)\p{L}*`,
    String.raw`(?:סדנ[התא]|סדנאות|הרצא[התו]|הרצאות|הדרכ[התו]|הדרכות|קורס|וובינר)`,
    String.raw`(?:ورش[ةه]|ورش|محاضر[ةه]|محاضرات|دور[ةه]\s+تدريبي[ةه]|تدريب)`,
  ].join('|'),
  'iu',
);

/** True when a title names a training event: "AI workshop", «лекция», "הצעת מחיר לסדנת AI", "ورشة عمل". */
export function namesTraining(title: string): boolean {
  return TRAINING.test(title);
}
