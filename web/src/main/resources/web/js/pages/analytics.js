// Analytics: uphold rate by a grouping (chart with 95% CIs and counts, table, CSV) and its trend,
// under the same filters as search (same URL parameters, so a search's filters carry over).

import * as api from '../api.js';
import {trendChart, rateChart} from '../chart.js';
import {errorBox, h, loading, replace, stateBox} from '../dom.js';
import {label, pct} from '../labels.js';
import {activeFilterCount, go, href, readSearchState, searchParams, sharedFilterParams} from '../url.js';
import {dimensionTitle, filterNames, groupingNames, rangeParams} from '../vocabulary.js';

const INTERVALS = {month: 'Month', quarter: 'Quarter', year: 'Year'};

function readState(params) {
  const state = readSearchState(params);
  state.by = groupingNames().includes(params.get('by')) ? params.get('by') : 'procedure';
  state.interval = INTERVALS[params.get('interval')] ? params.get('interval') : 'year';
  state.minCount = params.get('minCount') || '';
  return state;
}

function paramsOf(state) {
  return searchParams({...state, sort: '', cursor: ''},
    {by: state.by, interval: state.interval === 'year' ? '' : state.interval, minCount: state.minCount});
}

export function mount(root, params) {
  let state = readState(params);
  let inflight = null;

  const q = h('input', {type: 'search', id: 'a-q', value: state.q, placeholder: 'Optional: restrict to decisions matching words'});
  const by = h('select', {id: 'a-by'}, groupingNames().map(g => h('option', {value: g, selected: g === state.by}, dimensionTitle(g))));
  const minCount = h('input', {type: 'number', id: 'a-min', min: 1, value: state.minCount, inputmode: 'numeric', placeholder: '1'});
  const interval = h('select', {id: 'a-interval'}, Object.entries(INTERVALS).map(([v, t]) => h('option', {value: v, selected: v === state.interval}, t)));
  const apply = () => go('/analytics', paramsOf({...state, q: q.value.trim(), by: by.value, minCount: minCount.value, interval: interval.value}));
  by.addEventListener('change', apply);
  interval.addEventListener('change', apply);
  minCount.addEventListener('change', apply);

  const filterLine = h('div', {class: 'active-filters'});
  const chartBox = h('div', {class: 'chart-box', 'aria-live': 'polite'});
  const tableBox = h('div', {class: 'table-box'});
  const trendBox = h('div', {class: 'chart-box', 'aria-live': 'polite'});
  const chartTitle = h('h2', {id: 'rates-h'});
  const csv = h('a', {class: 'btn', id: 'csv', download: 'uphold-rates.csv'}, 'Download CSV');

  replace(root,
    h('header', {class: 'page-head'}, h('h1', {}, 'Uphold rates'),
      h('p', {class: 'lede'}, 'Share of disputed items whose denial was upheld. One decision = one disputed item; ',
        'whiskers show the 95% Wilson confidence interval.')),
    h('form', {class: 'panel controls', onsubmit: e => { e.preventDefault(); apply(); }},
      h('div', {class: 'field grow'}, h('label', {for: 'a-q'}, 'Words'), q),
      h('div', {class: 'field'}, h('label', {for: 'a-by'}, 'Group by'), by),
      h('div', {class: 'field narrow'}, h('label', {for: 'a-min'}, 'Min. decisions'), minCount),
      h('div', {class: 'field'}, h('label', {for: 'a-interval'}, 'Trend by'), interval),
      h('button', {type: 'submit', class: 'btn btn-primary'}, 'Apply')),
    filterLine,
    h('section', {class: 'panel', 'aria-labelledby': 'rates-h'}, h('div', {class: 'section-head'}, chartTitle, csv), chartBox),
    h('section', {class: 'panel', 'aria-labelledby': 'trend-h'}, h('h2', {id: 'trend-h'}, 'Trend'), trendBox),
    h('section', {class: 'panel', 'aria-labelledby': 'table-h'}, h('h2', {id: 'table-h'}, 'Table'), tableBox));

  function renderFilters() {
    const parts = [];
    for (const f of filterNames()) {
      for (const v of state.filters[f]) {
        parts.push(h('button', {type: 'button', class: 'chip chip-remove', 'aria-label': `Remove filter ${dimensionTitle(f)}: ${label(v)}`,
          onclick: () => go('/analytics', paramsOf({...state, filters: {...state.filters, [f]: state.filters[f].filter(x => x !== v)}}))},
        `${dimensionTitle(f)}: ${label(v)}`, h('span', {'aria-hidden': 'true'}, ' ×')));
      }
    }
    for (const k of rangeParams()) if (state[k]) parts.push(h('span', {class: 'chip'}, `${k} ${state[k]}`));
    replace(filterLine, activeFilterCount(state) || state.q
      ? [h('span', {class: 'muted'}, 'Filtered by: '), parts, h('a', {class: 'btn btn-link', href: href('/search', sharedFilterParams(state))}, 'See these decisions')]
      : h('span', {class: 'muted'}, 'All decisions in the archive. Filter them on the ', h('a', {href: '#/search'}, 'search page'), ' and follow “Uphold rates for this search”.'));
  }

  async function run() {
    if (inflight) inflight.abort();
    const controller = new AbortController();
    inflight = controller;
    chartTitle.textContent = `Uphold rate by ${dimensionTitle(state.by).toLowerCase()}`;
    csv.href = api.upholdRatesUrl(state, 'csv');
    renderFilters();
    replace(chartBox, loading('Counting decisions…'));
    replace(trendBox, loading('Counting by period…'));
    replace(tableBox);
    const [rates, trend] = await Promise.allSettled([
      api.upholdRates(state, {signal: controller.signal}),
      api.trend(state, {signal: controller.signal}),
    ]);
    if (controller.signal.aborted) return;
    if (rates.status === 'fulfilled') renderRates(rates.value);
    else { replace(chartBox, errorBox(rates.reason, 'Uphold rates could not be computed')); replace(tableBox); }
    if (trend.status === 'fulfilled') renderTrend(trend.value);
    else replace(trendBox, errorBox(trend.reason, 'The trend could not be computed'));
  }

  function groupHref(key) {
    const filters = {...state.filters, [state.by]: [...new Set([...state.filters[state.by], key])]};
    return href('/search', sharedFilterParams({...state, filters}));
  }

  function renderRates({groups, overall}) {
    if (!groups.length) {
      replace(chartBox, stateBox('empty', 'No decisions to count.', h('p', {},
        activeFilterCount(state) || state.q ? 'No decision matches these filters; remove one to widen the count.'
          : 'The archive is empty. ', !activeFilterCount(state) && !state.q ? h('a', {href: '#/import'}, 'Import letters') : null)));
      replace(tableBox);
      return;
    }
    const rows = groups.map(g => ({...g, text: label(g.key), href: g.key && !g.none ? groupHref(g.key) : null}));
    replace(chartBox,
      overall ? h('p', {class: 'muted small'}, `All ${overall.decisions.toLocaleString()} decisions: ${pct(overall.rate)} upheld (dashed line).`) : null,
      h('figure', {class: 'figure'}, rateChart(rows, {overall, title: chartTitle.textContent}),
        h('figcaption', {class: 'muted small'}, 'Bar and dot: uphold rate. Whiskers: 95% confidence interval. n: decisions in the group.')));
    const undecided = rows.some(r => r.undetermined > 0);
    replace(tableBox, h('div', {class: 'table-scroll'}, h('table', {class: 'data-table'},
      h('caption', {class: 'visually-hidden'}, chartTitle.textContent),
      h('thead', {}, h('tr', {},
        h('th', {scope: 'col'}, dimensionTitle(state.by)), h('th', {scope: 'col', class: 'num'}, 'Decisions'),
        h('th', {scope: 'col', class: 'num'}, 'Upheld'), h('th', {scope: 'col', class: 'num'}, 'Overturned'),
        undecided ? h('th', {scope: 'col', class: 'num', title: 'Outcome not stated: counted in decisions, not in the rate'}, 'No outcome') : null,
        h('th', {scope: 'col', class: 'num'}, 'Uphold rate'), h('th', {scope: 'col', class: 'num'}, '95% CI'))),
      h('tbody', {}, rows.map(r => h('tr', {},
        h('th', {scope: 'row'}, r.href ? h('a', {href: r.href}, r.text) : r.text),
        h('td', {class: 'num'}, r.decisions.toLocaleString()),
        h('td', {class: 'num'}, r.upheld.toLocaleString()),
        h('td', {class: 'num'}, r.overturned.toLocaleString()),
        undecided ? h('td', {class: 'num'}, (r.undetermined ?? 0).toLocaleString()) : null,
        h('td', {class: 'num'}, pct(r.rate, 1)),
        h('td', {class: 'num'}, r.low === null ? '—' : `${pct(r.low, 1)} – ${pct(r.high, 1)}`)))))));
  }

  function renderTrend({points, undated}) {
    if (!points.length) {
      replace(trendBox, stateBox('empty', 'No dated decisions to draw over time.',
        h('p', {}, 'Decisions whose letters give no date are counted above but cannot be placed in time.')));
      return;
    }
    replace(trendBox, h('figure', {class: 'figure'}, trendChart(points),
      h('figcaption', {class: 'muted small'}, `Uphold rate per ${state.interval}; shaded band: 95% confidence interval; n under each period.`,
        undated ? ` ${undated.toLocaleString()} decision${undated === 1 ? '' : 's'} without a date are not shown.` : '')));
  }

  run();
  return {
    update(p) {
      state = readState(p);
      q.value = state.q;
      by.value = state.by;
      minCount.value = state.minCount;
      interval.value = state.interval;
      run();
    },
    unmount() { if (inflight) inflight.abort(); },
  };
}
