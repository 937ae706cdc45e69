import type { FamilyMessages } from './ja';

export const familyEn: FamilyMessages = {
  title: 'From a family member',
  label: 'Family details',
  sep: ' · ',
  fields: { relationship: 'Relationship', ageBand: "Person's age", duration: 'For how long', hopes: 'Hopes for' },
  relationship: { parent: 'Parent', sibling: 'Sibling', partner: 'Spouse or partner', other: 'Other family' },
  ageBand: {
    under15: 'Under 15', '15-19': '15–19', '20-29': '20s', '30-39': '30s', '40-49': '40s', '50-64': '50–64', '65plus': '65 or older',
  },
  duration: {
    under6m: 'Under 6 months', '6m-1y': '6 months–1 year', '1-3y': '1–3 years', '3-5y': '3–5 years', '5-10y': '5–10 years', over10y: 'Over 10 years',
    unknown: 'Not known',
  },
  hopes: { talk: 'How to talk with them', support: 'Getting them to support', exhaustion: 'Their own exhaustion' },
};
