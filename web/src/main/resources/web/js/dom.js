// Building the page from data. Every string that comes from a letter or the API goes into the
// page as a text node: no function here parses HTML, so letter markup (<script>, <b>) stays text.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * h('a', {href: '#/x', class: 'c', onclick: fn, 'aria-label': 'y'}, 'text', child, [more])
 * Strings and numbers become text nodes; null/undefined/false children are skipped.
 */
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** The same for SVG elements. */
export function svg(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(el, attrs, children) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'style' && typeof value === 'object') {
      // Through the CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
      for (const [prop, v] of Object.entries(value)) el.style.setProperty(prop, v);
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (name === 'value' && 'value' in el) {
      el.value = value;
    } else if (name === 'checked' || name === 'disabled' || name === 'selected' || name === 'hidden') {
      el[name] = Boolean(value);
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces everything inside an element. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/**
 * A highlighted snippet as DOM: [{text, match}] segments become text and <mark> nodes.
 * The segments come from api.js, which turns whatever the API sends into this shape.
 */
export function highlighted(segments, tag = 'span') {
  return h(tag, {class: 'snippet'},
    segments.map(s => (s.match ? h('mark', {}, s.text) : s.text)));
}

/** Text that keeps the letter's paragraph breaks (CSS white-space: pre-line does the rest). */
export function prose(text, cls = 'prose') {
  if (!text) return h('p', {class: 'muted'}, 'Not given in the letter.');
  return h('div', {class: cls}, text);
}

export function stateBox(kind, title, ...body) {
  const role = kind === 'error' ? 'alert' : 'status';
  return h('div', {class: `state state-${kind}`, role},
    kind === 'loading' ? h('span', {class: 'spinner', 'aria-hidden': 'true'}) : null,
    h('div', {},
      h('p', {class: 'state-title'}, title),
      body.length ? h('div', {class: 'state-body'}, body) : null));
}

export const loading = (what = 'Loading…') => stateBox('loading', what);

/** An API failure as a person should read it: the server's own message for a 4xx. */
export function errorBox(err, what = 'Something went wrong') {
  const detail = err && err.message ? err.message : String(err);
  return stateBox('error', what, h('p', {}, detail),
    err && err.status ? h('p', {class: 'muted small'}, `HTTP ${err.status}`) : null);
}
