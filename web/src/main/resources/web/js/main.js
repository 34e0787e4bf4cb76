// The router: reads the URL fragment, mounts the page for it, and hands later URL changes of the
// same page to that page (so the search keeps its box and focus while results change).

import {loadDimensions} from './api.js';
import {errorBox, h, replace} from './dom.js';
import * as analytics from './pages/analytics.js';
import * as decision from './pages/decision.js';
import * as imports from './pages/imports.js';
import * as precedents from './pages/precedents.js';
import * as search from './pages/search.js';
import {current, go, rememberSearch} from './url.js';

const ROUTES = [
  {name: 'search', pattern: /^\/(search)?$/, page: search, title: 'Search'},
  {name: 'decision', pattern: /^\/decision\/(.+)$/, page: decision, title: 'Decision'},
  {name: 'precedents', pattern: /^\/precedents$/, page: precedents, title: 'Precedent finder'},
  {name: 'analytics', pattern: /^\/analytics$/, page: analytics, title: 'Uphold rates'},
  {name: 'import', pattern: /^\/import$/, page: imports, title: 'Import'},
];

const main = document.getElementById('main');
let mounted = null; // {route, arg, instance}

function resolve() {
  const {path, params} = current();
  for (const route of ROUTES) {
    const m = route.pattern.exec(path);
    if (m) return {route, arg: route.name === 'decision' ? decodeURIComponent(m[1]) : null, params};
  }
  return {route: null, params, path};
}

function render() {
  const {route, arg, params, path} = resolve();
  markNav(route ? route.name : null);
  if (!route) {
    unmount();
    document.title = 'Not found · IMR Archive';
    replace(main, h('div', {class: 'state state-empty', role: 'status'},
      h('p', {class: 'state-title'}, 'There is no page at this address.'),
      h('p', {}, h('span', {class: 'mono'}, path), ' — ', h('a', {href: '#/search'}, 'go to search'))));
    return;
  }
  if (route.name === 'search') rememberSearch();
  if (mounted && mounted.route === route && mounted.arg === arg && mounted.instance.update) {
    mounted.instance.update(params);
    return;
  }
  unmount();
  document.title = `${route.title} · IMR Archive`;
  mounted = {route, arg, instance: route.page.mount(main, params, arg) || {}};
  window.scrollTo(0, 0);
  // Move focus to the new page for keyboard and screen-reader users, as a full page load would.
  const heading = main.querySelector('h1');
  if (heading && route.name !== 'search') {
    heading.setAttribute('tabindex', '-1');
    heading.focus({preventScroll: true});
  }
}

function unmount() {
  if (mounted && mounted.instance.unmount) mounted.instance.unmount();
  mounted = null;
}

function markNav(name) {
  for (const link of document.querySelectorAll('.site-nav a[data-route]')) {
    if (link.dataset.route === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

// "/" jumps to the search box from anywhere, unless the reader is typing in a field.
document.addEventListener('keydown', e => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target;
  if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
  e.preventDefault();
  if (mounted && mounted.route.name === 'search') {
    mounted.instance.focusSearch();
  } else {
    go('/search');
    setTimeout(() => mounted && mounted.instance.focusSearch && mounted.instance.focusSearch(), 0);
  }
});

// The skip link must not change the fragment: the fragment is the router's.
document.getElementById('skip')?.addEventListener('click', e => {
  e.preventDefault();
  main.focus();
});

// Pages build their filters and group-by choices from the archive's dimensions: load them first.
try {
  await loadDimensions();
  window.addEventListener('hashchange', render);
  render();
} catch (err) {
  replace(main, errorBox(err, 'The archive could not be loaded'));
}
