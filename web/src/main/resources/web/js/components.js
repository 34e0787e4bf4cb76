// Pieces several pages show: a decision card, an outcome split, a list of guideline chips.

import {h, highlighted} from './dom.js';
import {FIELD_TITLES, formatDate, label, outcomeBadge, pct, plural} from './labels.js';
import {href} from './url.js';

export function decisionHref(id) {
  return href(`/decision/${encodeURIComponent(id)}`);
}

export function guidelineChips(guidelines) {
  const labels = [...new Set(guidelines.map(g => g.label).filter(Boolean))];
  if (!labels.length) return null;
  return h('ul', {class: 'chips', 'aria-label': 'Guidelines cited'},
    labels.map(l => h('li', {class: 'chip'}, l)));
}

/**
 * A decision as a result card: item (a link to its page), outcome, what/who/when, the guidelines,
 * and the highlighted snippets that matched.
 */
/** Why a precedent or similar decision was chosen: what it shares with the request, most telling first. */
function whyChosen(r) {
  const shared = [
    r.procedure ? `same procedure (${r.procedure})` : r.category ? `same category (${label(r.category)})` : null,
    r.levels.length ? `same levels (${r.levels.join(', ')})` : null,
    r.bodyRegion && r.bodyRegion !== 'NONE' ? `same body region (${label(r.bodyRegion)})` : null,
    r.guidelines.length ? `same guideline (${r.guidelines.join('; ')})`
      : r.guidelineSources.length ? `same guideline source (${r.guidelineSources.map(label).join(', ')})` : null,
    r.passageTerms.length ? `its reasoning names ${r.passageTerms.map(t => `“${t}”`).join(', ')}` : null,
  ].filter(Boolean);
  if (!shared.length) return null;
  return h('p', {class: 'why-chosen small'}, h('span', {class: 'snippet-field'}, 'Why: '), shared.join(' · '));
}

export function decisionCard(d, {rank = null, headingLevel = 'h3'} = {}) {
  const meta = [
    d.procedure.name ? h('span', {class: 'meta-procedure'}, d.procedure.name) : null,
    d.procedure.bodyRegion && d.procedure.bodyRegion !== 'NONE' ? h('span', {}, label(d.procedure.bodyRegion)) : null,
    d.specialty ? h('span', {class: 'meta-specialty'}, d.specialty) : null,
    d.date ? h('time', {datetime: d.date, title: d.dateBasis ? `Date basis: ${d.dateBasis}` : null}, formatDate(d.date))
      : h('span', {class: 'muted'}, 'date not stated'),
    d.caseNumber ? h('span', {class: 'mono'}, d.caseNumber) : null,
    d.source && d.source !== 'CA_DWC_IMR' ? h('span', {}, label(d.source)) : null,
  ].filter(Boolean);

  // The item's highlight marks the title itself; the other fields show as snippets below it.
  const itemHighlight = d.snippets.find(s => s.field === 'item');
  const snippets = d.snippets.filter(s => s !== itemHighlight).slice(0, 3).map(s => h('p', {class: 'snippet-line'},
    s.field ? h('span', {class: 'snippet-field'}, `${FIELD_TITLES[s.field] || label(s.field)}: `) : null,
    ellipsised(s.segments)));

  // Without a highlight, a short start of the rationale still tells the reader why.
  if (!snippets.length && d.rationale) {
    const short = d.rationale.length > 240 ? `${d.rationale.slice(0, 240).trimEnd()}…` : d.rationale;
    snippets.push(h('p', {class: 'snippet-line'}, h('span', {class: 'snippet-field'}, 'Rationale: '), short));
  }

  return h('article', {class: `card decision-card outcome-${(d.outcome || 'unknown').toLowerCase()}`, 'data-id': d.id},
    h('div', {class: 'card-head'},
      rank !== null ? h('span', {class: 'rank', 'aria-label': `Rank ${rank}`}, `#${rank}`) : null,
      h(headingLevel, {class: 'card-title'}, h('a', {href: decisionHref(d.id)},
        itemHighlight ? highlighted(itemHighlight.segments) : d.item)),
      outcomeBadge(d.outcome)),
    h('p', {class: 'card-meta'}, meta.flatMap((m, i) => (i ? [h('span', {class: 'sep', 'aria-hidden': 'true'}, ' · '), m] : [m]))),
    d.reasons ? whyChosen(d.reasons) : null,
    guidelineChips(d.guidelines),
    snippets.length ? h('div', {class: 'snippets'}, snippets) : null);
}

/** A fragment cut from a longer text: "…" where it starts or ends mid-sentence. */
function ellipsised(segments) {
  const text = segments.map(s => s.text).join('');
  const opens = /^\s*[a-z,;)]/.test(text);
  const closes = /[.!?:]["')\]]?\s*$/.test(text);
  return [opens ? '…' : null, highlighted(segments), closes ? null : '…'];
}

/** "Of 40 decisions, 31 upheld (78%)" with a two-part bar. */
export function outcomeSplit(split, noun = 'similar decisions') {
  const {upheld, overturned} = split;
  const total = split.total || upheld + overturned;
  if (!total) return h('p', {class: 'muted'}, `No ${noun} to count.`);
  const other = Math.max(0, total - upheld - overturned);
  const upShare = upheld / total;
  const ovShare = overturned / total;
  return h('div', {class: 'split', role: 'group', 'aria-label': 'Outcome split'},
    h('p', {class: 'split-text'},
      `Of ${plural(total, noun.replace(/s$/, ''), noun)}, `,
      h('strong', {class: 'text-upheld'}, `${upheld.toLocaleString()} upheld`), ` (${pct(upShare)}), `,
      h('strong', {class: 'text-overturned'}, `${overturned.toLocaleString()} overturned`), ` (${pct(ovShare)})`,
      other ? `, ${other.toLocaleString()} without a stated outcome` : '', '.'),
    h('div', {class: 'split-bar', 'aria-hidden': 'true'},
      h('span', {class: 'split-upheld', style: {width: `${(upShare * 100).toFixed(2)}%`}}),
      h('span', {class: 'split-overturned', style: {width: `${(ovShare * 100).toFixed(2)}%`}})));
}
