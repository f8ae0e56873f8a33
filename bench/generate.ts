// Realistic proposals of any size for benchmarks and robustness tests: every block filled, long prose in block
// scalars, a long media plan. Deterministic: the same size gives the same text.

const SENTENCES = [
  'We run search and social advertising for local service companies and report orders and money, not clicks.',
  'Every signed order is traced to the campaign, the keyword and the ad that brought it, through the CRM.',
  'The first month sets up tracking, rebuilds the campaign structure and tests three offers against each other.',
  'Мы считаем заказы и деньги, а не клики: каждый договор связан с кампанией, которая его принесла.',
  'אנחנו מודדים הזמנות וכסף, לא קליקים: כל עסקה מקושרת לקמפיין שהביא אותה.',
  'نقيس الطلبات والمال وليس النقرات: كل صفقة مرتبطة بالحملة التي جلبتها.',
];

function paragraph(seed: number, sentences: number): string {
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) parts.push(SENTENCES[(seed + i * 7) % SENTENCES.length]);
  return parts.join(' ');
}

function prose(seed: number, paragraphs: number, indent = '  '): string {
  const lines: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    if (p > 0) lines.push('');
    // Wrap at about 100 characters, as people do in an editor.
    const words = paragraph(seed + p, 4).split(' ');
    let line = '';
    for (const word of words) {
      if (line.length + word.length > 100) {
        lines.push(indent + line.trimEnd());
        line = '';
      }
      line += word + ' ';
    }
    if (line.trim()) lines.push(indent + line.trimEnd());
  }
  return lines.join('\n');
}

/** A proposal of about `targetBytes` characters. */
export function generateProposal(targetBytes: number): string {
  // The text grows linearly with the scale: measure two scales, solve for the target.
  const one = proposalAtScale(1).length;
  const perUnit = proposalAtScale(2).length - one;
  return proposalAtScale(Math.max(1, Math.round((targetBytes - one) / perUnit) + 1));
}

function proposalAtScale(scale: number): string {
  const out: string[] = [
    '# A generated proposal: every block filled.',
    'kind: proposal',
    'locale: en',
    'title: "Acme Windows: 50 orders a month from online advertising"',
    'client:',
    '  name: Acme Windows & Doors',
    '  expertise: informed',
    'budget:',
    '  monthly: 10000',
    '  currency: EUR',
    'funnel:',
    '  cost_per_lead: 50',
    '  lead_to_deal: 0.25',
    '  lead_capacity: 250',
    '  expected_deals: 50',
    '  deal_value: 2400',
    'about: |',
    prose(1, scale),
    'achievements:',
    '  - Google Partner since 2019',
    '  - Meta Business Partner',
    'team:',
    '  - name: Dana Walsh',
    '    role: project_manager',
    '    clients: 3',
    '  - name: Tomás Keane',
    '    role: analyst',
    '    clients: 2',
    'cases:',
    '  - title: Kitchen maker, orders up 64% in six months',
    '    result: |',
    prose(2, 1, '      '),
    'analysis: |',
    prose(3, scale * 2),
    'audit: |',
    prose(4, scale),
    'recommendations:',
  ];
  const tiers = ['result', 'result', 'result', 'result', 'result', 'result', 'result', 'uncertain', 'uncertain', 'experiment'];
  tiers.forEach((tier, i) => out.push(`  - title: Step ${i + 1}`, `    tier: ${tier}`, '    description: |', prose(5 + i, 1, '      ')));
  out.push('media_plan:');
  for (let i = 0; i < scale * 8; i++) out.push(`  - channel: Channel ${i + 1}`, `    monthly: ${100 + (i % 50)}`, `    leads: ${2 + (i % 5)}`);
  out.push(
    'terms:',
    '  price: 2500',
    '  price_period: month',
    '  payment: Monthly, in advance.',
    'guarantees: |',
    prose(6, 1),
    'scope:',
    '  deliverables: [Tracking set up, Campaigns running, Monthly report]',
    '  timeline: Launch in three weeks.',
    '  success_metrics: [Signed orders a month]',
    '  out_of_scope: [Website redesign]',
    '  change_policy: A new request changes the scope and the price, or waits for the next project.',
    'communication:',
    '  calls: weekly',
    '  call_summary: true',
    '  report: monthly',
    'reporting:',
    '  platform: HubSpot CRM',
    '  attribution_window: 30-day click',
    '',
  );
  return out.join('\n');
}
