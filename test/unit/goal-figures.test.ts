// Goals as people write them (src/core/rules/lexicon/goal-figures.ts): a range or a minimum is a number to reach,
// "within 90 days" a deadline; a bare number, a rate ("a month") or a bare duration is neither.
import { strict as assert } from 'assert';
import { writesRangeOrMinimum, writesRelativeDeadline } from '../../src/core/rules/lexicon/goal-figures';

describe('goal figures: a range or a minimum in a goal\'s words', () => {
  const yes = [
    '5–15 leads a month',
    '15-25 qualified meetings booked',
    'Growth 8K — 20K users',
    '$5K–$10K in first deposits',
    'between 20 and 40 demos',
    '50+ reviews in 6 months',
    'at least 50 reviews',
    'no fewer than 30 signed clients',
    '100 or more orders',
    'от 5 до 15 заявок в месяц',
    'не менее 50 отзывов',
    'от 50 заявок в месяц',
    'минимум 200 регистраций',
    'בין 5 ל-15 לידים בחודש',
    'לפחות 50 ביקורות',
    '50 לידים ומעלה',
    'على الأقل 50 تقييمًا',
    '50 تقييمًا على الأقل',
    'لا يقل عن ٣٠ عميلًا',
    'من 5 إلى 15 عميلًا محتملًا شهريًا',
  ];
  const no = [
    '50 signed orders a month',
    'Grow online sales',
    'Launch by 2027-03-31',
    'Double revenue over 2026–2027',
    'more than 6 months of data',
    'от 3 месяцев работы',
    'Phone +353 1 555 0142',
    'Top-3 in Google',
  ];
  for (const text of yes) it(`reads ${JSON.stringify(text)} as a range or a minimum`, () => assert.equal(writesRangeOrMinimum(text), true));
  for (const text of no) it(`reads no range or minimum in ${JSON.stringify(text)}`, () => assert.equal(writesRangeOrMinimum(text), false));
});

describe('goal figures: a deadline counted from now or from an event', () => {
  const yes = [
    'within 90 days of launch',
    'within a month',
    '50+ reviews in 6 months',
    'in the first 3 months',
    'over the next 90 days',
    'за 3 месяца',
    'в течение 90 дней после запуска',
    'за первые 2 месяца',
    'за полгода',
    'תוך 90 יום',
    'בתוך 3 חודשים',
    'תוך חודשיים מההשקה',
    'במהלך 90 הימים הראשונים',
    'خلال 90 يومًا',
    'خلال ٩٠ يوماً من الإطلاق',
    'في غضون 3 أشهر',
    'خلال شهرين',
  ];
  const no = [
    '50 signed orders a month',
    'New registered users · 60 Days',
    '100 заявок за месяц',
    'by end of Month 3',
    'after launch',
    'לידים בחודש',
    '50 عميلًا شهريًا',
  ];
  for (const text of yes) it(`reads ${JSON.stringify(text)} as a deadline`, () => assert.equal(writesRelativeDeadline(text), true));
  for (const text of no) it(`reads no deadline in ${JSON.stringify(text)}`, () => assert.equal(writesRelativeDeadline(text), false));
});
