// Deal cycles as people write them, read as days (src/core/rules/lexicon/durations.ts): only what is read for
// sure counts, so an unknown word makes a duration shorter, never longer.
import { strict as assert } from 'assert';
import { durationDays } from '../../src/core/rules/lexicon/durations';

describe('durations: a deal cycle in days', () => {
  const cases: [string, { min: number; max: number } | undefined][] = [
    ['2–3 weeks from request to signed order', { min: 14, max: 21 }],
    ['45-60-day sales cycle', { min: 45, max: 60 }],
    ['2–4 недели от заявки до договора', { min: 14, max: 28 }],
    ['от 1 до 3 месяцев', { min: 30, max: 90 }],
    ['שבוע עד שבועיים מהפנייה להרשמה', { min: 7, max: 14 }],
    ['בין חודש לחודשיים', { min: 30, max: 60 }],
    ['من أسبوع إلى ثلاثة أسابيع من الطلب إلى التسجيل', { min: 7, max: 21 }],
    ['٤٥ يومًا', { min: 45, max: 45 }],
    ['a month or two', { min: 30, max: 30 }], // "two" alone has no unit: read short
    ['same day', undefined],
    ['Monday to Friday, 24/7 support', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(durationDays(text), expected));
  }
});
