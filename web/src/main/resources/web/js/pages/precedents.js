// Precedent finder: a reviewer pastes a new request and sees how such requests were decided before,
// ranked, with their outcome split and the guideline passages those decisions cite most.

import * as api from '../api.js';
import {decisionCard, outcomeSplit} from '../components.js';
import {errorBox, h, loading, replace, stateBox} from '../dom.js';
import {go} from '../url.js';

const GUIDELINE_SUGGESTIONS = [
  'MTUS ACOEM', 'MTUS Chronic Pain Medical Treatment Guidelines', 'MTUS Postsurgical Treatment Guidelines',
  'Official Disability Guidelines (ODG)', 'ACOEM (non-MTUS)',
];

export function mount(root, params) {
  const item = h('input', {id: 'p-item', name: 'item', required: true, value: params.get('item') || '',
    placeholder: 'e.g. Lumbar discogram L3-4, L4-5, L5-S1', autocomplete: 'off'});
  const summary = h('textarea', {id: 'p-summary', name: 'summary', rows: 6,
    placeholder: 'Optional: paste the clinical summary of the new request.'});
  summary.value = params.get('summary') || '';
  const guideline = h('input', {id: 'p-guideline', name: 'guideline', list: 'p-guideline-list', value: params.get('guideline') || '',
    placeholder: 'Optional, e.g. MTUS ACOEM Ch. 12', autocomplete: 'off'});
  const out = h('div', {class: 'precedent-results', 'aria-live': 'polite'});

  const form = h('form', {class: 'panel precedent-form', onsubmit: e => {
    e.preventDefault();
    if (!item.value.trim()) { item.focus(); return; }
    const p = new URLSearchParams();
    p.set('item', item.value.trim());
    if (summary.value.trim()) p.set('summary', summary.value.trim());
    if (guideline.value.trim()) p.set('guideline', guideline.value.trim());
    go('/precedents', p);
  }},
  h('div', {class: 'field'}, h('label', {for: 'p-item'}, 'Requested item ', h('span', {class: 'req'}, '(required)')), item),
  h('div', {class: 'field'}, h('label', {for: 'p-summary'}, 'Clinical summary'), summary),
  h('div', {class: 'field'}, h('label', {for: 'p-guideline'}, 'Guideline'), guideline,
    h('datalist', {id: 'p-guideline-list'}, GUIDELINE_SUGGESTIONS.map(g => h('option', {value: g})))),
  h('button', {type: 'submit', class: 'btn btn-primary'}, 'Find precedents'));

  replace(root,
    h('header', {class: 'page-head'}, h('h1', {}, 'Precedent finder'),
      h('p', {class: 'lede'}, 'Paste a new request: see how the same request was decided before, and why.')),
    h('div', {class: 'precedent-layout'}, form, out));

  let alive = true;
  async function run(p) {
    const request = {item: p.get('item') || '', clinicalSummary: p.get('summary') || '', guideline: p.get('guideline') || ''};
    if (!request.item) {
      replace(out, stateBox('empty', 'Describe a request to see its precedents.',
        h('p', {}, 'Name the item as a decision letter would, for example “Lumbar discogram L3-4, L4-5, L5-S1” or “Norco 10/325 #120”.')));
      return;
    }
    replace(out, loading('Finding precedents…'));
    try {
      const answer = await api.precedents(request);
      if (!alive) return;
      if (!answer.hits.length) {
        replace(out, stateBox('empty', 'No precedent found for this request.',
          h('p', {}, 'Try the item’s common name (for example “ESI” or “epidural steroid injection”), or leave out the guideline.')));
        return;
      }
      replace(out,
        h('section', {'aria-labelledby': 'split-h', class: 'panel'}, h('h2', {id: 'split-h'}, 'How such requests were decided'),
          outcomeSplit(answer.split, 'precedents')),
        answer.passages.length ? h('section', {'aria-labelledby': 'passages-h', class: 'panel'},
          h('h2', {id: 'passages-h'}, 'Most-cited guideline passages'),
          h('ol', {class: 'passages'}, answer.passages.map(g => h('li', {},
            h('strong', {}, g.label || '(unnamed guideline)'),
            g.count !== null ? h('span', {class: 'muted'}, ` — cited in ${g.count.toLocaleString()} of the precedents`) : null,
            g.upheld !== null && g.overturned !== null ? h('span', {class: 'muted'}, ` (${g.upheld} upheld, ${g.overturned} overturned)`) : null,
            g.pages.length ? h('div', {class: 'small'}, `Pages cited: ${g.pages.join('; ')}`) : null)))) : null,
        h('section', {'aria-labelledby': 'ranked-h'}, h('h2', {id: 'ranked-h'}, 'Ranked precedents'),
          h('ol', {class: 'result-list'}, answer.hits.map((d, i) => h('li', {}, decisionCard(d, {rank: i + 1}))))));
    } catch (err) {
      if (alive) replace(out, errorBox(err, err.status === 400 ? 'The request could not be read' : 'Precedents could not be found'));
    }
  }

  run(params);
  return {
    update(p) {
      item.value = p.get('item') || '';
      summary.value = p.get('summary') || '';
      guideline.value = p.get('guideline') || '';
      run(p);
    },
    unmount() { alive = false; },
  };
}
