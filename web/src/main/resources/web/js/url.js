// The page's whole state lives in the URL fragment (#/search?q=…&outcome=UPHELD&sort=date&cursor=…)
// so any view can be bookmarked, shared and restored with the back button. Hash routing needs no
// server-side fallback route: the server only ever serves index.html at "/".

import {filterNames, rangeParams} from './vocabulary.js';

export function current() {
  const hash = location.hash.replace(/^#/, '') || '/search';
  const [path, query = ''] = hash.split('?');
  return {path: path || '/search', params: new URLSearchParams(query)};
}

export function href(path, params) {
  const q = params ? params.toString() : '';
  return `#${path}${q ? `?${q}` : ''}`;
}

export function go(path, params, {replace = false} = {}) {
  const target = href(path, params);
  if (replace) history.replaceState(null, '', target);
  else location.hash = target;
}

/** Updates the URL without re-rendering (e.g. after "more" loaded the next page in place). */
export function record(path, params) {
  history.replaceState(null, '', href(path, params));
}

/** The search/analytics state from URL params. */
export function readSearchState(params) {
  const filters = {};
  for (const name of filterNames()) filters[name] = params.getAll(name).filter(Boolean);
  const state = {
    q: params.get('q') || '',
    filters,
    // As the API does: best match first for a query, newest first when browsing without one.
    sort: ['date', 'relevance'].includes(params.get('sort')) ? params.get('sort') : (params.get('q') ? 'relevance' : 'date'),
    sortChosen: params.has('sort'),
    cursor: params.get('cursor') || '',
  };
  for (const name of rangeParams()) state[name] = params.get(name) || '';
  return state;
}

/** URL params for a search state (the inverse of readSearchState; extras such as by= are kept). */
export function searchParams(state, extra = {}) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const name of filterNames()) for (const v of state.filters[name] || []) p.append(name, v);
  for (const name of rangeParams()) if (state[name]) p.set(name, state[name]);
  if (state.sort && (state.sortChosen || state.sort !== (state.q ? 'relevance' : 'date'))) p.set('sort', state.sort);
  if (state.cursor) p.set('cursor', state.cursor);
  for (const [k, v] of Object.entries(extra)) if (v !== '' && v !== null && v !== undefined) p.set(k, v);
  return p;
}

/** The filters only (no sort or page): what search and analytics share. */
export function sharedFilterParams(state) {
  return searchParams({...state, sort: '', cursor: ''});
}

export function activeFilterCount(state) {
  return filterNames().reduce((n, f) => n + state.filters[f].length, 0)
    + rangeParams().filter(r => state[r]).length;
}

// The reader's last search in this tab, so "back to results" returns to the same query, filters and page.
let lastSearch = '#/search';
export function rememberSearch() { lastSearch = location.hash || '#/search'; }
export function lastSearchHref() { return lastSearch; }
