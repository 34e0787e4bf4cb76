// Uphold-rate charts drawn as SVG by hand (no chart library: the UI ships whole in the jar).
// Every mark has a text equivalent: a <title> per row/point and an aria-label on the figure.

import {svg} from './dom.js';
import {pct} from './labels.js';

const fmtPct = v => pct(v, 0);

/**
 * Horizontal bar-and-dot chart: one row per group with its uphold rate (bar + dot), its 95% CI
 * (whisker) and its count. rows: [{key, text, decisions, upheld, rate, low, high, href}]
 */
export function rateChart(rows, {overall = null, title = 'Uphold rate'} = {}) {
  const labelW = 230;
  const plotW = 420;
  const countW = 120;
  const rowH = 30;
  const top = 28;
  const width = labelW + plotW + countW;
  const height = top + rows.length * rowH + 12;
  const x = v => labelW + Math.max(0, Math.min(1, v)) * plotW;

  const ticks = [0, 0.25, 0.5, 0.75, 1].map(t => svg('g', {class: 'tick'},
    svg('line', {x1: x(t), x2: x(t), y1: top - 6, y2: height - 8}),
    svg('text', {x: x(t), y: top - 12, 'text-anchor': 'middle'}, fmtPct(t))));

  const marks = rows.map((r, i) => {
    const y = top + i * rowH + rowH / 2;
    const described = `${r.text}: ${fmtPct(r.rate)} upheld, ${r.upheld} of ${r.decisions}`
      + (r.low !== null && r.high !== null ? ` (95% CI ${fmtPct(r.low)}–${fmtPct(r.high)})` : '');
    const labelText = r.text.length > 34 ? `${r.text.slice(0, 33)}…` : r.text;
    const labelEl = svg('text', {x: labelW - 10, y: y + 4, 'text-anchor': 'end', class: 'row-label'}, labelText);
    return svg('g', {class: 'row', role: 'listitem', 'aria-label': described, 'data-key': r.key, 'data-count': r.decisions},
      svg('title', {}, described),
      r.href ? svg('a', {href: r.href}, labelEl) : labelEl,
      svg('rect', {class: 'track', x: labelW, y: y - 7, width: plotW, height: 14, rx: 2}),
      r.rate === null ? null : svg('rect', {class: 'bar', x: labelW, y: y - 7, width: Math.max(0, x(r.rate) - labelW), height: 14, rx: 2}),
      r.low !== null && r.high !== null ? svg('g', {class: 'whisker'},
        svg('line', {x1: x(r.low), x2: x(r.high), y1: y, y2: y}),
        svg('line', {x1: x(r.low), x2: x(r.low), y1: y - 6, y2: y + 6}),
        svg('line', {x1: x(r.high), x2: x(r.high), y1: y - 6, y2: y + 6})) : null,
      r.rate === null ? null : svg('circle', {class: 'dot', cx: x(r.rate), cy: y, r: 4.5}),
      svg('text', {x: labelW + plotW + 10, y: y + 4, class: 'row-count'},
        r.rate === null ? `n=${r.decisions}` : `${fmtPct(r.rate)} · n=${r.decisions.toLocaleString()}`));
  });

  const reference = overall && overall.rate !== null ? svg('g', {class: 'overall'},
    svg('line', {x1: x(overall.rate), x2: x(overall.rate), y1: top - 4, y2: height - 8}),
    svg('title', {}, `All decisions: ${fmtPct(overall.rate)} upheld`)) : null;

  return svg('svg', {class: 'chart rate-chart', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': `${title}: ${rows.length} groups`, preserveAspectRatio: 'xMinYMin meet'},
  svg('g', {class: 'axis'}, ticks),
  reference,
  svg('g', {role: 'list'}, marks));
}

/** Uphold rate over time: a line with its 95% CI as a band, and the count under each period. */
export function trendChart(points, {title = 'Uphold rate over time'} = {}) {
  const width = 760;
  const height = 300;
  const m = {left: 48, right: 16, top: 16, bottom: 58};
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const n = points.length;
  const x = i => m.left + (n === 1 ? plotW / 2 : (i / (n - 1)) * plotW);
  const y = v => m.top + (1 - Math.max(0, Math.min(1, v))) * plotH;
  const withRate = points.map((p, i) => ({...p, i})).filter(p => p.rate !== null);
  const withCi = withRate.filter(p => p.low !== null && p.high !== null);
  const every = Math.max(1, Math.ceil(n / 12)); // at most ~12 period labels

  const grid = [0, 0.25, 0.5, 0.75, 1].map(t => svg('g', {class: 'tick'},
    svg('line', {x1: m.left, x2: width - m.right, y1: y(t), y2: y(t)}),
    svg('text', {x: m.left - 8, y: y(t) + 4, 'text-anchor': 'end'}, fmtPct(t))));

  const band = withCi.length > 1 ? svg('path', {class: 'band', d:
    `M${withCi.map(p => `${x(p.i).toFixed(1)},${y(p.high).toFixed(1)}`).join('L')}`
    + `L${[...withCi].reverse().map(p => `${x(p.i).toFixed(1)},${y(p.low).toFixed(1)}`).join('L')}Z`}) : null;
  const line = withRate.length > 1 ? svg('path', {class: 'line', d:
    `M${withRate.map(p => `${x(p.i).toFixed(1)},${y(p.rate).toFixed(1)}`).join('L')}`}) : null;

  const dots = withRate.map(p => {
    const text = `${p.key}: ${fmtPct(p.rate)} upheld, ${p.upheld} of ${p.decisions}`
      + (p.low !== null && p.high !== null ? ` (95% CI ${fmtPct(p.low)}–${fmtPct(p.high)})` : '');
    return svg('g', {class: 'point', role: 'listitem', 'aria-label': text, 'data-count': p.decisions},
      svg('title', {}, text),
      withCi.length === 1 && p.low !== null ? svg('line', {class: 'whisker', x1: x(p.i), x2: x(p.i), y1: y(p.low), y2: y(p.high)}) : null,
      svg('circle', {class: 'dot', cx: x(p.i), cy: y(p.rate), r: 3.5}));
  });

  const labels = points.map((p, i) => (i % every === 0 || i === n - 1 ? svg('g', {class: 'xlabel'},
    svg('text', {x: x(i), y: height - m.bottom + 18, 'text-anchor': 'middle'}, shortPeriod(p.key)),
    svg('text', {x: x(i), y: height - m.bottom + 34, 'text-anchor': 'middle', class: 'muted'}, `n=${p.decisions}`)) : null));

  return svg('svg', {class: 'chart trend-chart', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': `${title}: ${n} periods`, preserveAspectRatio: 'xMinYMin meet'},
  svg('g', {class: 'axis'}, grid), band, line, svg('g', {role: 'list'}, dots), svg('g', {class: 'axis'}, labels));
}

/** "2014-01-01" → "2014-01" for months, "2014" for years; quarter keys ("2014-Q2") pass through. */
function shortPeriod(key) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(key || '');
  if (!m) return key;
  return m[2] === '01' && m[3] === '01' ? m[1] : `${m[1]}-${m[2]}`;
}
