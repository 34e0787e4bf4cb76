// Search: one query box, facets with counts, result cards, sort, and cursor paging. The URL holds
// the state; this page keeps its form and focus across URL changes and re-renders only the results.

import * as api from '../api.js';
import {decisionCard} from '../components.js';
import {errorBox, h, loading, replace, stateBox} from '../dom.js';
import {label, plural} from '../labels.js';
import {activeFilterCount, go, href, readSearchState, record, searchParams, sharedFilterParams} from '../url.js';
import {dimension, dimensionTitle, facetNames, filterNames, ranges} from '../vocabulary.js';

const FACET_SHOWN = 8;

export function mount(root, params) {
  let state = readSearchState(params);
  let inflight = null;
  const expanded = new Set(); // facets whose long list the user opened

  const input = h('input', {
    type: 'search', id: 'q', name: 'q', value: state.q, autocomplete: 'off', spellcheck: 'false',
    placeholder: 'e.g. lumbar discogram, "functional restoration", ESI -cervical',
    'aria-describedby': 'q-hint',
  });
  const form = h('form', {class: 'searchbar', role: 'search', onsubmit: e => {
    e.preventDefault();
    const q = input.value.trim();
    // A new query gets the default order for it unless the reader chose one.
    navigate({...state, q, cursor: '', sort: state.sortChosen ? state.sort : (q ? 'relevance' : 'date')});
  }},
  h('label', {for: 'q', class: 'searchbar-label'}, 'Search decisions'),
  h('div', {class: 'searchbar-row'}, input, h('button', {type: 'submit', class: 'btn btn-primary'}, 'Search')),
  h('p', {id: 'q-hint', class: 'hint'},
    h('span', {}, h('kbd', {}, '"…"'), ' exact phrase'),
    h('span', {}, h('kbd', {}, '-word'), ' exclude'),
    h('span', {}, h('kbd', {}, 'OR'), ' either term'),
    h('span', {}, h('kbd', {}, '/'), ' jumps here')));

  const facetsBox = h('div', {class: 'facets-body'});
  const facetCount = h('span', {class: 'facet-count'});
  const facetsPanel = h('details', {class: 'facets', open: !window.matchMedia('(max-width: 760px)').matches},
    h('summary', {}, 'Filters ', facetCount), facetsBox);
  const toolbar = h('div', {class: 'toolbar'});
  const chips = h('div', {class: 'active-filters'});
  const results = h('div', {class: 'results', 'aria-live': 'polite'});
  const moreBox = h('div', {class: 'more'});

  replace(root,
    h('h1', {class: 'visually-hidden'}, 'Search'),
    form,
    h('div', {class: 'layout'},
      h('aside', {'aria-label': 'Filters'}, facetsPanel),
      h('section', {class: 'results-column', 'aria-label': 'Results'}, toolbar, chips, results, moreBox)));

  function navigate(next) {
    go('/search', searchParams(next));
  }

  function toggle(facet, value, on) {
    const values = new Set(state.filters[facet]);
    if (on) values.add(value); else values.delete(value);
    navigate({...state, filters: {...state.filters, [facet]: [...values]}, cursor: ''});
  }

  async function run() {
    if (inflight) inflight.abort();
    const controller = new AbortController();
    inflight = controller;
    results.setAttribute('aria-busy', 'true');
    if (!results.firstChild || results.querySelector('.state')) replace(results, loading('Searching the archive…'));
    else results.classList.add('stale');
    replace(moreBox);
    try {
      const answer = await api.search(state, {signal: controller.signal});
      if (controller.signal.aborted) return;
      renderFacets(answer.facets, answer.facetsApproximate);
      renderToolbar(answer);
      renderResults(answer);
    } catch (err) {
      if (err.name === 'AbortError') return;
      replace(toolbar);
      replace(results, errorBox(err, err.status === 400 ? 'The search could not be read' : 'The search failed'));
    } finally {
      if (inflight === controller) {
        results.removeAttribute('aria-busy');
        results.classList.remove('stale');
      }
    }
  }

  function renderToolbar(answer) {
    const n = answer.total.value;
    replace(toolbar,
      h('p', {class: 'result-count', id: 'result-count'},
        answer.total.exact ? plural(n, 'decision') : `More than ${plural(n, 'decision')}`,
        state.q ? [' for ', h('q', {}, state.q)] : null),
      h('div', {class: 'toolbar-actions'},
        h('label', {for: 'sort'}, 'Sort '),
        h('select', {id: 'sort', onchange: e => navigate({...state, sort: e.target.value, sortChosen: true, cursor: ''})},
          h('option', {value: 'relevance', selected: state.sort === 'relevance'}, 'Relevance'),
          h('option', {value: 'date', selected: state.sort === 'date'}, 'Newest first')),
        h('a', {class: 'btn btn-link', href: href('/analytics', sharedFilterParams(state))}, 'Uphold rates for this search')));
    const chipsList = [];
    for (const f of filterNames()) {
      for (const v of state.filters[f]) {
        chipsList.push(h('button', {type: 'button', class: 'chip chip-remove', 'aria-label': `Remove filter ${dimensionTitle(f)}: ${label(v)}`,
          onclick: () => toggle(f, v, false)}, `${dimensionTitle(f)}: ${label(v)}`, h('span', {'aria-hidden': 'true'}, ' ×')));
      }
    }
    for (const r of ranges()) {
      for (const [k, sign] of [[r.minParameter, '≥'], [r.maxParameter, '≤']]) {
        if (state[k]) {
          chipsList.push(h('button', {type: 'button', class: 'chip chip-remove', onclick: () => navigate({...state, [k]: '', cursor: ''})},
            `${r.label} ${sign} ${state[k]}`, h('span', {'aria-hidden': 'true'}, ' ×')));
        }
      }
    }
    if (chipsList.length > 1) {
      chipsList.push(h('button', {type: 'button', class: 'btn btn-link', onclick: () => navigate({
        q: state.q, sort: state.sort, cursor: '', filters: Object.fromEntries(filterNames().map(f => [f, []])),
      })}, 'Clear all filters'));
    }
    replace(chips, chipsList);
    facetCount.textContent = activeFilterCount(state) ? `(${activeFilterCount(state)} on)` : '';
  }

  function renderResults(answer) {
    if (!answer.hits.length) {
      const hasFilters = activeFilterCount(state) > 0;
      replace(results, stateBox('empty', state.cursor ? 'No more decisions on this page.' : 'No decision matches this search.',
        h('ul', {class: 'tips'},
          state.q ? h('li', {}, 'Try fewer or more general words; synonyms such as "ESI" and "epidural steroid injection" are matched.') : null,
          hasFilters ? h('li', {}, 'Remove a filter above: each one narrows the results.') : null,
          state.q.includes('"') ? h('li', {}, 'A quoted phrase must appear word for word; drop the quotes to match the words anywhere.') : null,
          !state.q && !hasFilters ? h('li', {}, 'The archive is empty. ', h('a', {href: '#/import'}, 'Import letters'), ' to begin.') : null)));
      return;
    }
    const list = h('ol', {class: 'result-list'});
    appendHits(list, answer.hits);
    replace(results,
      state.cursor ? h('p', {class: 'notice'}, 'Showing a later page of results. ',
        h('a', {href: href('/search', searchParams({...state, cursor: ''}))}, 'Back to the first page')) : null,
      list);
    renderMore(list, answer.nextCursor, answer.hits.length);
  }

  function appendHits(list, hits) {
    for (const hit of hits) list.append(h('li', {}, decisionCard(hit)));
  }

  function renderMore(list, cursor, lastBatch) {
    if (!cursor || lastBatch < (state.size || 20)) {
      replace(moreBox, list.children.length > 3 ? h('p', {class: 'muted end'}, 'End of results.') : null);
      return;
    }
    const button = h('button', {type: 'button', class: 'btn', id: 'more'}, 'More results');
    button.addEventListener('click', async () => {
      button.disabled = true;
      button.textContent = 'Loading more…';
      try {
        const answer = await api.search({...state, cursor});
        const firstNew = list.children.length;
        appendHits(list, answer.hits);
        // The page reached is bookmarkable: the URL now names the cursor of the batch just loaded.
        state = {...state, cursor};
        record('/search', searchParams(state));
        const focusTarget = list.children[firstNew]?.querySelector('a');
        if (focusTarget) focusTarget.focus();
        renderMore(list, answer.nextCursor, answer.hits.length);
      } catch (err) {
        replace(moreBox, errorBox(err, 'Could not load more results'), button);
        button.disabled = false;
        button.textContent = 'Try again';
      }
    });
    replace(moreBox, button);
  }

  function renderFacets(facets, approximate = false) {
    const focused = document.activeElement && facetsBox.contains(document.activeElement)
      ? document.activeElement.id : null;
    const groups = [];
    for (const name of facetNames()) {
      let buckets = facets[name] || [];
      // A selected value stays visible (and un-tickable) even when it has no count in this result.
      for (const v of state.filters[name]) {
        if (!buckets.some(b => b.value === v)) buckets = [...buckets, {value: v, count: 0}];
      }
      // Numbers (years) read largest first, as the API lists them, a selected value without a count included.
      if (dimension(name).values === 'integers') buckets = [...buckets].sort((a, b) => Number(b.value) - Number(a.value));
      if (!buckets.length) continue;
      const long = buckets.length > FACET_SHOWN && !expanded.has(name);
      const shown = long
        ? buckets.filter((b, i) => i < FACET_SHOWN || state.filters[name].includes(b.value))
        : buckets;
      groups.push(h('fieldset', {class: 'facet', 'data-facet': name},
        h('legend', {}, dimensionTitle(name)),
        h('ul', {}, shown.map(b => {
          const id = `f-${name}-${b.value}`.replace(/[^A-Za-z0-9_-]/g, '_');
          const checked = state.filters[name].includes(b.value);
          return h('li', {},
            h('input', {type: 'checkbox', id, name, value: b.value, checked,
              onchange: e => toggle(name, b.value, e.target.checked)}),
            h('label', {for: id}, h('span', {class: 'facet-value'}, label(b.value)),
              h('span', {class: 'facet-n', title: approximate ? 'Estimated from a random sample of the matching decisions' : null},
                b.count === null ? '' : (approximate ? '≈' : '') + b.count.toLocaleString())));
        })),
        buckets.length > FACET_SHOWN ? h('button', {type: 'button', class: 'btn btn-link btn-small', 'aria-expanded': String(!long),
          onclick: () => { if (long) expanded.add(name); else expanded.delete(name); renderFacets(facets, approximate); }},
        long ? `Show all ${buckets.length}` : 'Show fewer') : null));
    }
    const rangeSets = rangeFilters();
    replace(facetsBox, groups.length ? [...groups, ...rangeSets] : [h('p', {class: 'muted'}, 'No filters for these results.'), ...rangeSets]);
    if (focused) document.getElementById(focused)?.focus();
  }

  /** One pair of bound inputs per range the API publishes (decision date, patient age, ...). */
  function rangeFilters() {
    const field = (key, text, attrs) => h('div', {class: 'range-field'},
      h('label', {for: `r-${key}`}, text),
      h('input', {id: `r-${key}`, value: state[key], ...attrs,
        onchange: e => navigate({...state, [key]: e.target.value, cursor: ''})}));
    return ranges().map(r => {
      const attrs = r.kind === 'date' ? {type: 'date'} : {type: 'number', min: r.min, max: r.max, inputmode: 'numeric'};
      return h('fieldset', {class: 'facet facet-ranges'},
        h('legend', {}, r.label),
        h('div', {class: r.kind === 'date' ? null : 'range-row'},
          field(r.minParameter, 'From', attrs), field(r.maxParameter, r.kind === 'date' ? 'Until' : 'to', attrs)));
    });
  }

  run();

  return {
    update(newParams) {
      state = readSearchState(newParams);
      if (document.activeElement !== input) input.value = state.q;
      run();
    },
    focusSearch() { input.focus(); input.select(); },
    unmount() { if (inflight) inflight.abort(); },
  };
}
