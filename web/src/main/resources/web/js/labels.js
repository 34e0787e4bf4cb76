// Words a person reads for the archive's codes (LUMBAR_SPINE → "Lumbar spine").

import {h} from './dom.js';

export const FACET_TITLES = {
  outcome: 'Outcome',
  procedure: 'Procedure',
  category: 'Category',
  bodyRegion: 'Body region',
  guideline: 'Guideline',
  specialty: 'Reviewer specialty',
  source: 'Source',
  year: 'Year',
};

export const GROUPING_TITLES = {...FACET_TITLES};

const SPECIAL = {
  UPHELD: 'Upheld',
  OVERTURNED: 'Overturned',
  MTUS_ACOEM: 'MTUS ACOEM',
  MTUS_CHRONIC_PAIN: 'MTUS Chronic Pain',
  MTUS_POSTSURGICAL: 'MTUS Postsurgical',
  MTUS_OTHER: 'MTUS (other)',
  ODG: 'ODG',
  ACOEM_NON_MTUS: 'ACOEM (non-MTUS)',
  OTHER: 'Other',
  CA_DWC_IMR: 'California DWC IMR letters',
  DMHC_IMR: 'California DMHC IMR',
  DURABLE_MEDICAL_EQUIPMENT: 'Durable medical equipment',
  OFFICE_VISIT_CONSULT: 'Office visit / consult',
  HAND_WRIST: 'Hand / wrist',
  FOOT_ANKLE: 'Foot / ankle',
  DWC_IMR_2013: 'DWC IMR letter (2013)',
  DWC_IMR_2016: 'DWC IMR letter (2016–17)',
  MAXIMUS_IMR_2014: 'MAXIMUS IMR letter (2014–15)',
  IMR_NOTICE_2013: 'IMR notice (2013)',
  MEDICAL_PROFESSIONAL_REVIEW: 'Medical professional review',
  DMHC_IMR_CSV: 'DMHC CSV row',
};

/** Upper snake case codes read as words; anything else (procedure names, specialties) as given. */
export function label(value) {
  if (value === null || value === undefined || value === '') return '—';
  const s = String(value);
  if (SPECIAL[s]) return SPECIAL[s];
  if (/^[A-Z0-9_]+$/.test(s) && s.includes('_')) {
    const words = s.toLowerCase().replace(/_/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
  if (/^[A-Z]{4,}$/.test(s)) return s.charAt(0) + s.slice(1).toLowerCase();
  return s;
}

export function outcomeBadge(outcome) {
  if (!outcome) return h('span', {class: 'badge badge-unknown'}, 'Outcome not stated');
  const cls = outcome === 'UPHELD' ? 'badge-upheld' : outcome === 'OVERTURNED' ? 'badge-overturned' : 'badge-unknown';
  return h('span', {class: `badge ${cls}`, title: outcome === 'UPHELD'
    ? 'Upheld: the denial stands (not medically necessary)'
    : 'Overturned: the denial is reversed (medically necessary)'}, outcome);
}

export function formatDate(iso) {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return String(iso);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${months[Number(m[2]) - 1]} ${Number(m[3])}, ${m[1]}`;
}

export const pct = (x, digits = 0) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(digits)}%`);

export const plural = (n, one, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

export const FIELD_TITLES = {
  item: 'Item',
  rationale: 'Rationale',
  clinicalSummary: 'Clinical summary',
  diagnoses: 'Diagnoses',
  'procedure.name.text': 'Procedure',
};
