// Words a person reads for the archive's codes (LUMBAR_SPINE → "Lumbar spine").

import {h} from './dom.js';
import {valueLabel} from './vocabulary.js';

// Codes that are no dimension's value (a letter's format); the dimensions' values come with their
// labels from GET /api/dimensions.
const FORMATS = {
  DWC_IMR_2013: 'DWC IMR letter (2013)',
  DWC_IMR_2016: 'DWC IMR letter (2016–17)',
  MAXIMUS_IMR_2014: 'MAXIMUS IMR letter (2014–15)',
  IMR_NOTICE_2013: 'IMR notice (2013)',
  MEDICAL_PROFESSIONAL_REVIEW: 'Medical professional review',
  DMHC_IMR_CSV: 'DMHC CSV row',
};

/** A dimension value's label, a format's, or upper snake case read as words; names as given. */
export function label(value) {
  if (value === null || value === undefined || value === '') return '—';
  const s = String(value);
  const known = valueLabel(s) || FORMATS[s];
  if (known) return known;
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
