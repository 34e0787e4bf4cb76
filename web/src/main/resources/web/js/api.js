// The one module that knows the search-api's URLs and JSON field names. Pages receive the plain,
// normalised shapes returned here; if the API renames a field, this file is the only one to change.

export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

/** The filter parameters search and analytics share, as the API names them. */
export const FILTERS = ['outcome', 'procedure', 'category', 'bodyRegion', 'guideline', 'specialty', 'source', 'year'];
export const RANGE_PARAMS = ['from', 'to', 'ageMin', 'ageMax'];
export const GROUPINGS = ['procedure', 'category', 'bodyRegion', 'guideline', 'specialty', 'year', 'source'];

// ---------------------------------------------------------------- transport

let apiKey = '';
export function setApiKey(key) { apiKey = (key || '').trim(); }
export function getApiKey() { return apiKey; }

function authHeaders() {
  return apiKey ? {'X-API-Key': apiKey} : {};
}

async function request(method, url, {body, signal, headers} = {}) {
  let response;
  try {
    response = await fetch(url, {method, body, signal, headers: {Accept: 'application/json', ...headers}});
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'The archive server cannot be reached. Is `imr serve` running?');
  }
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { /* not JSON: keep the text */ }
  if (!response.ok) {
    throw new ApiError(response.status, errorMessage(response, json, text), json);
  }
  return json;
}

function errorMessage(response, json, text) {
  const fromJson = json && (json.message || json.error || json.detail || json.title
    || (json.errors && JSON.stringify(json.errors)));
  if (fromJson && typeof fromJson === 'string') return fromJson;
  if (text && text.length < 300 && !text.trim().startsWith('<')) return text.trim();
  if (response.status === 404) return 'Not found.';
  if (response.status >= 500) return 'The server failed to answer this request.';
  return `${response.status} ${response.statusText}`;
}

const get = (url, opts) => request('GET', url, opts);

// ---------------------------------------------------------------- query strings

/** Appends search filters (multi-valued ones repeated) to URLSearchParams for the API. */
export function filterParams(state, into = new URLSearchParams()) {
  if (state.q) into.set('q', state.q);
  for (const name of FILTERS) {
    for (const v of state.filters[name] || []) into.append(name, v);
  }
  for (const name of RANGE_PARAMS) {
    if (state[name]) into.set(name, state[name]);
  }
  return into;
}

// ---------------------------------------------------------------- value helpers

const first = (...values) => values.find(v => v !== undefined && v !== null);
const arr = v => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const num = v => (v === undefined || v === null || v === '' || Number.isNaN(Number(v)) ? null : Number(v));

/**
 * Highlights arrive either as structured segments ([{text, match|highlighted|hl}] or
 * [[text, bool]]) or as HTML-escaped strings with <em>…</em> around matches. Both become
 * [{text, match}] plain-text segments; nothing here is ever parsed as HTML.
 */
export function segments(fragment) {
  if (Array.isArray(fragment)) {
    return fragment.map(s => (Array.isArray(s)
      ? {text: String(s[0] ?? ''), match: Boolean(s[1])}
      : typeof s === 'string' ? {text: s, match: false}
        : {text: String(first(s.text, s.value, '')), match: Boolean(first(s.match, s.highlighted, s.hl, s.em, false))}));
  }
  if (fragment && typeof fragment === 'object') {
    return segments(first(fragment.segments, fragment.parts, [fragment]));
  }
  const out = [];
  const re = /<em>([\s\S]*?)<\/em>/g;
  const text = String(fragment ?? '');
  let last = 0;
  for (let m; (m = re.exec(text));) {
    if (m.index > last) out.push({text: unescapeHtml(text.slice(last, m.index)), match: false});
    out.push({text: unescapeHtml(m[1]), match: true});
    last = re.lastIndex;
  }
  if (last < text.length) out.push({text: unescapeHtml(text.slice(last)), match: false});
  return out;
}

// The API HTML-escapes letter text inside highlight strings; turn entities back into characters
// (which then go into text nodes, so "&lt;script&gt;" shows as "<script>" and runs nothing).
function unescapeHtml(s) {
  return s.replace(/&(lt|gt|amp|quot|apos|#39|#x27|#x2F|#47);/gi, (m, e) => ({
    lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", '#39': "'", '#x27': "'", '#x2f': '/', '#47': '/',
  })[e.toLowerCase()] ?? m);
}

/** Highlight fields: {rationale: [frag…], …} or [{field, fragments|snippets|text}] → [{field, segments}] */
function snippets(raw) {
  if (!raw) return [];
  const out = [];
  if (Array.isArray(raw)) {
    for (const h of raw) {
      if (typeof h === 'string' || Array.isArray(h)) { out.push({field: null, segments: segments(h)}); continue; }
      const field = first(h.field, h.name, null);
      const frags = first(h.fragments, h.snippets, h.highlights, null);
      if (frags) arr(frags).forEach(f => out.push({field, segments: segments(f)}));
      else out.push({field, segments: segments(first(h.segments, h.text, h.fragment, ''))});
    }
    return out;
  }
  for (const [field, frags] of Object.entries(raw)) {
    for (const f of arr(frags)) out.push({field, segments: segments(f)});
  }
  return out;
}

function guidelineLabel(g) {
  if (typeof g === 'string') return g;
  if (!g) return null;
  if (g.label) return g.label;
  const parts = [g.source ? g.source.replace(/_/g, ' ') : 'OTHER'];
  if (g.chapter) parts.push(`Ch. ${g.chapter}`);
  if (g.title) parts.push(g.title);
  return parts.join(' ');
}

/** One decision (search hit, stored decision, similar/precedent entry) in the shape pages use. */
export function decision(raw) {
  const hit = raw || {};
  // Precedents wrap their decision ({decision, rationaleSentence}); a decision's own "source" is a string.
  const d = [hit.decision, hit.document, hit._source].find(v => v && typeof v === 'object') || hit;
  const procedure = d.procedure && typeof d.procedure === 'object' ? d.procedure : {name: d.procedure};
  const dates = d.dates || {};
  return {
    id: first(d.id, hit.id, hit._id),
    letterId: d.letterId,
    caseNumber: d.caseNumber,
    itemIndex: d.itemIndex,
    item: first(d.item, '(item not named)'),
    outcome: d.outcome || null,
    procedure: {
      name: procedure.name || null,
      category: procedure.category || null,
      bodyRegion: procedure.bodyRegion || null,
      levels: arr(procedure.levels),
    },
    guidelines: arr(d.guidelines).map(g => (typeof g === 'string' ? {label: g} : {...g, label: guidelineLabel(g)})),
    guidelineSources: arr(d.guidelineSources),
    claimsAdministratorGuidelineSources: arr(d.claimsAdministratorGuidelineSources),
    rationale: d.rationale || null,
    clinicalSummary: d.clinicalSummary || null,
    diagnoses: arr(d.diagnoses),
    specialty: d.specialty || null,
    specialtyRaw: d.specialtyRaw || null,
    licensure: arr(d.licensure),
    dates,
    date: first(d.decisionDate, dates.determination, null),
    dateBasis: d.decisionDateBasis || null,
    year: d.year ?? null,
    patientAge: d.patientAge ?? null,
    patientGender: d.patientGender ?? null,
    source: d.source || null,
    format: d.format || null,
    file: d.file || null,
    warnings: arr(d.warnings),
    score: num(first(hit.score, hit._score, d.score)),
    snippets: [
      ...snippets(first(hit.highlights, hit.highlight, hit.snippets, d.highlights, null)),
      ...(hit.rationaleSentence ? [{field: 'rationale', segments: segments(hit.rationaleSentence)}] : []),
    ],
  };
}

/** Facets: {name: [{value|key, count|docCount}]} or {name: {buckets: […]}} or {name: {value: count}} */
function facets(raw) {
  const out = {};
  if (!raw) return out;
  const entries = Array.isArray(raw)
    ? raw.map(f => [first(f.name, f.field, f.facet), first(f.values, f.buckets, f.counts, [])])
    : Object.entries(raw);
  for (const [name, value] of entries) {
    let buckets = value;
    if (buckets && !Array.isArray(buckets) && typeof buckets === 'object') {
      buckets = first(buckets.buckets, buckets.values, buckets.counts, null)
        ?? Object.entries(value).map(([k, c]) => ({value: k, count: c}));
    }
    out[name] = arr(buckets).map(b => ({
      value: String(first(b.value, b.key, b.name, b.label, '')),
      label: first(b.label, null),
      count: num(first(b.count, b.docCount, b.doc_count, b.decisions, 0)),
    })).filter(b => b.value !== '');
  }
  return out;
}

function split(raw, hits) {
  const s = first(raw.outcomeSplit, raw.outcomes, raw.split, raw.outcomeCounts, raw) || {};
  const upheld = num(first(s.upheld, s.UPHELD));
  const overturned = num(first(s.overturned, s.OVERTURNED));
  const total = num(first(s.total, s.decisions, raw.total, raw.count));
  if (upheld !== null || overturned !== null) {
    return {upheld: upheld ?? 0, overturned: overturned ?? 0,
      total: total ?? (upheld ?? 0) + (overturned ?? 0)};
  }
  // No split given: count it from the hits we have.
  const up = hits.filter(x => x.outcome === 'UPHELD').length;
  const ov = hits.filter(x => x.outcome === 'OVERTURNED').length;
  return {upheld: up, overturned: ov, total: hits.length};
}

function totalOf(raw, fallback) {
  const t = first(raw.total, raw.totalHits, raw.hitsTotal, raw.count);
  if (t && typeof t === 'object') return {value: num(t.value) ?? fallback, exact: t.relation !== 'gte'};
  return {value: num(t) ?? fallback, exact: raw.totalRelation !== 'gte'};
}

// ---------------------------------------------------------------- endpoints

export async function search(state, {signal} = {}) {
  const p = filterParams(state);
  // Always explicit: a cursor is only valid for the sort it was made with.
  if (state.sort) p.set('sort', state.sort);
  if (state.cursor) p.set('cursor', state.cursor);
  p.set('size', String(state.size || 20));
  const raw = await get(`/api/search?${p}`, {signal}) || {};
  const hits = arr(first(raw.hits, raw.results, raw.decisions, [])).map(decision);
  return {
    hits,
    total: totalOf(raw, hits.length),
    facets: facets(first(raw.facets, raw.aggregations, null)),
    facetsApproximate: raw.facetsApproximate === true,
    nextCursor: first(raw.nextCursor, raw.cursor, raw.next, raw.searchAfter, null),
    tookMs: num(first(raw.tookMs, raw.took, null)),
  };
}

export async function fetchDecision(id) {
  return decision(await get(`/api/decisions/${encodeURIComponent(id)}`));
}

/** The whole parsed letter, in the shape of the data contract (determination.md). */
export async function fetchLetter(id) {
  const raw = await get(`/api/letters/${encodeURIComponent(id)}`) || {};
  const letter = first(raw.letter, raw);
  return {
    id: first(raw.id, letter.id, id),
    source: letter.source || {},
    caseNumber: letter.caseNumber || null,
    dates: letter.dates || {},
    patient: letter.patient || {},
    reviewer: letter.reviewer || {},
    diagnoses: arr(letter.diagnoses),
    clinicalSummary: letter.clinicalSummary || null,
    decisions: arr(letter.decisions).map(d => ({
      ...d,
      procedure: d.procedure || {},
      guidelines: arr(d.guidelines).map(g => ({...g, label: guidelineLabel(g)})),
      claimsAdministratorGuidelines: arr(d.claimsAdministratorGuidelines).map(g => ({...g, label: guidelineLabel(g)})),
    })),
    warnings: arr(letter.warnings),
  };
}

export async function similar(id, size = 10) {
  const raw = await get(`/api/decisions/${encodeURIComponent(id)}/similar?size=${size}`) || {};
  const hits = arr(first(raw.hits, raw.similar, raw.decisions, raw.results, Array.isArray(raw) ? raw : [])).map(decision);
  return {hits, split: split(raw, hits)};
}

export async function precedents({item, clinicalSummary, guideline}, size = 20) {
  const body = {item};
  if (clinicalSummary) body.clinicalSummary = clinicalSummary;
  if (guideline) body.guideline = guideline;
  body.size = size;
  const raw = await request('POST', '/api/precedents', {
    body: JSON.stringify(body), headers: {'Content-Type': 'application/json'},
  }) || {};
  const hits = arr(first(raw.precedents, raw.hits, raw.decisions, raw.results, [])).map(decision);
  const passages = arr(first(raw.guidelinePassages, raw.citedGuidelines, raw.guidelines, raw.passages, []))
    .map(g => ({
      label: first(g.label, typeof g === 'string' ? g : null, guidelineLabel(g.guideline || g)),
      count: num(first(g.precedents, g.count, g.citations, g.decisions, g.docCount, null)),
      text: first(g.raw, g.text, g.passage, g.example, null),
      pages: arr(g.pages),
      upheld: num(first(g.upheld, null)),
      overturned: num(first(g.overturned, null)),
    }));
  return {hits, split: split(raw, hits), passages, total: totalOf(raw, hits.length)};
}

function rateRow(r) {
  const ci = first(r.ci, r.confidenceInterval, r.wilson, r.interval, {});
  const decisions = num(first(r.decisions, r.count, r.total, r.n, 0));
  const upheld = num(first(r.upheld, 0));
  const overturned = num(first(r.overturned, decisions - upheld));
  let rate = num(first(r.upholdRate, r.rate, r.upheldRate, null));
  // Only when the API gives no rate field at all; a null rate means nothing in the group was decided.
  if (rate === null && !('upholdRate' in r) && upheld + overturned) rate = upheld / (upheld + overturned);
  const scale = v => (v !== null && v > 1 ? v / 100 : v); // accept percentages too
  return {
    key: String(first(r.key, r.group, r.value, r.name, r.period, r.date, '')),
    label: first(r.label, null),
    decisions, upheld, overturned,
    rate: scale(rate),
    low: scale(num(first(ci.low, ci.lower, ci.lo, r.ci95Low, r.ciLow, r.ciLower, r.lower, r.low, null))),
    high: scale(num(first(ci.high, ci.upper, ci.hi, r.ci95High, r.ciHigh, r.ciUpper, r.upper, r.high, null))),
  };
}

export function upholdRatesUrl(state, format) {
  const p = filterParams(state);
  p.set('by', state.by || 'procedure');
  if (state.minCount) p.set('minCount', state.minCount);
  if (format) p.set('format', format);
  return `/api/stats/uphold-rates?${p}`;
}

export async function upholdRates(state, {signal} = {}) {
  const raw = await get(upholdRatesUrl(state), {signal}) || {};
  const rows = arr(first(raw.groups, raw.rates, raw.rows, raw.buckets, Array.isArray(raw) ? raw : []));
  const overall = first(raw.overall, raw.all, raw.total, null);
  return {
    groups: rows.map(rateRow),
    overall: overall && typeof overall === 'object' ? rateRow(overall) : null,
  };
}

export async function trend(state, {signal} = {}) {
  const p = filterParams(state);
  p.set('interval', state.interval || 'year');
  const raw = await get(`/api/stats/trend?${p}`, {signal}) || {};
  const rows = arr(first(raw.points, raw.periods, raw.buckets, raw.trend, raw.groups, Array.isArray(raw) ? raw : []));
  return {points: rows.map(rateRow), undated: num(first(raw.undated, null))};
}

// ---------------------------------------------------------------- imports

/** Uploads files (letters, zips, CSV) as one multipart request; answers {jobId}. */
export async function startImport(files) {
  const form = new FormData();
  for (const f of files) form.append('files', f, f.name);
  const raw = await request('POST', '/api/imports', {body: form, headers: authHeaders()}) || {};
  return {jobId: first(raw.jobId, raw.id, raw.job)};
}

export function importProgress(raw) {
  const p = first(raw.progress, raw.job, raw) || {};
  return {
    jobId: first(p.jobId, p.id),
    state: String(first(p.state, p.status, 'RUNNING')).toUpperCase(),
    filesSeen: num(first(p.filesSeen, p.files, p.seen, 0)),
    filesTotal: num(first(p.filesTotal, p.totalFiles, null)),
    indexed: num(first(p.indexed, 0)),
    duplicates: num(first(p.duplicates, p.duplicate, 0)),
    rejected: num(first(p.rejected, 0)),
    decisions: num(first(p.decisions, null)),
    filesPerSecond: num(first(p.filesPerSecond, p.rate, null)),
    rejections: arr(first(p.rejections, p.rejectedFiles, [])).map(r => ({
      path: first(r.path, r.file, r.name, '(unnamed)'), reason: first(r.reason, r.message, ''),
    })),
    message: first(p.message, p.error, null),
    rejectionsTruncated: Boolean(p.rejectionsTruncated),
    rows: p.rows ? {indexed: num(first(p.rows.indexed, 0)), duplicates: num(first(p.rows.duplicates, 0)),
      rejected: num(first(p.rows.rejected, 0)), conflicts: num(first(p.rows.conflicts, 0))} : null,
    rowRejections: arr(first(p.rowRejections, [])).map(r => ({path: first(r.path, ''), line: num(first(r.line, null)),
      reason: first(r.reason, '')})),
    rowRejectionsTruncated: Boolean(p.rowRejectionsTruncated),
    reportUrl: first(p.links && p.links.report, null),
  };
}

export async function fetchImport(jobId) {
  return importProgress(await get(`/api/imports/${encodeURIComponent(jobId)}`) || {});
}

export const importEventsUrl = jobId => `/api/imports/${encodeURIComponent(jobId)}/events`;

export const isFinished = p => p.state === 'FINISHED' || p.state === 'FAILED' || p.state === 'INTERRUPTED' || p.state === 'DONE';

export async function health() {
  return get('/api/health');
}
