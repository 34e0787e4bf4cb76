// The one module that knows the search-api's URLs and JSON field names. Pages receive the plain shapes
// returned here, each mapped once from the fields the API sends (the records DecisionHit, Precedent,
// SimilarResult, PrecedentResult, UpholdRate, TrendPoint of search-api and analytics); if the API renames
// a field, this file is the only one to change. Which filters exist comes from GET /api/dimensions.

import {filterNames, rangeParams, setVocabulary} from './vocabulary.js';

export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

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
  // Every API error is {"error": message, "status": code} (ErrorBody).
  if (json && typeof json.error === 'string' && json.error) return json.error;
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
  for (const name of filterNames()) {
    for (const v of state.filters[name] || []) into.append(name, v);
  }
  for (const name of rangeParams()) {
    if (state[name]) into.set(name, state[name]);
  }
  return into;
}

// ---------------------------------------------------------------- value helpers

const arr = v => (Array.isArray(v) ? v : []);
const num = v => (v === undefined || v === null ? null : Number(v));

/**
 * Highlights arrive as segments, [{text, match}], never as HTML (HighlightSegment); they are copied as
 * plain text, and a page renders them as text nodes.
 */
function segments(fragment) {
  return arr(fragment).map(s => ({text: String(s.text ?? ''), match: Boolean(s.match)}));
}

/** DecisionHit.highlights: {field: [fragment, …]}, each fragment a list of segments → [{field, segments}]. */
function snippets(highlights) {
  const out = [];
  for (const [field, fragments] of Object.entries(highlights || {})) {
    for (const f of arr(fragments)) out.push({field, segments: segments(f)});
  }
  return out;
}

/** A citation's label; one the parser could not name reads as its source, chapter and title. */
function guidelineLabel(g) {
  if (g.label) return g.label;
  const parts = [g.source ? g.source.replace(/_/g, ' ') : 'OTHER'];
  if (g.chapter) parts.push(`Ch. ${g.chapter}`);
  if (g.title) parts.push(g.title);
  return parts.join(' ');
}

/**
 * One decision in the shape pages use: a search hit or similar decision (DecisionHit), a stored decision
 * (GET /api/decisions/{id}: the same fields and the full text), or a precedent's decision with the
 * precedent's best rationale sentence.
 */
export function decision(d, rationaleSentence = null) {
  const procedure = d.procedure || {};
  return {
    id: d.id,
    letterId: d.letterId,
    caseNumber: d.caseNumber,
    itemIndex: d.itemIndex,
    item: d.item || '(item not named)',
    outcome: d.outcome || null,
    procedure: {
      name: procedure.name || null,
      category: procedure.category || null,
      bodyRegion: procedure.bodyRegion || null,
      levels: arr(procedure.levels),
    },
    guidelines: arr(d.guidelines).map(g => ({...g, label: guidelineLabel(g)})),
    guidelineSources: arr(d.guidelineSources),
    claimsAdministratorGuidelineSources: arr(d.claimsAdministratorGuidelineSources),
    rationale: d.rationale || null,
    clinicalSummary: d.clinicalSummary || null,
    diagnoses: arr(d.diagnoses),
    specialty: d.specialty || null,
    specialtyRaw: d.specialtyRaw || null,
    licensure: arr(d.licensure),
    dates: d.dates || {},
    date: d.decisionDate || null,
    dateBasis: d.decisionDateBasis || null,
    year: d.year ?? null,
    patientAge: d.patientAge ?? null,
    patientGender: d.patientGender ?? null,
    source: d.source || null,
    dmhc: d.dmhc || null,
    format: d.format || null,
    file: d.file || null,
    warnings: arr(d.warnings),
    score: num(d.score),
    snippets: [
      ...snippets(d.highlights),
      ...(rationaleSentence ? [{field: 'rationale', segments: segments(rationaleSentence)}] : []),
    ],
  };
}

/** SearchResult.facets: {dimension: [{value, count, selected}]}. */
function facets(raw) {
  const out = {};
  for (const [name, counts] of Object.entries(raw || {})) {
    out[name] = arr(counts).map(b => ({value: String(b.value), count: num(b.count), selected: Boolean(b.selected)}));
  }
  return out;
}

/** OutcomeSplit: {decisions, upheld, overturned, procedure, summary}. */
const split = s => ({upheld: s.upheld, overturned: s.overturned, total: s.decisions});

// ---------------------------------------------------------------- endpoints

/** The vocabulary of dimensions and ranges; main.js loads it before the first page. */
export async function loadDimensions() {
  setVocabulary(await get('/api/dimensions'));
}

export async function search(state, {signal} = {}) {
  const p = filterParams(state);
  // Always explicit: a cursor is only valid for the sort it was made with.
  if (state.sort) p.set('sort', state.sort);
  if (state.cursor) p.set('cursor', state.cursor);
  p.set('size', String(state.size || 20));
  const raw = await get(`/api/search?${p}`, {signal});
  const hits = raw.hits.map(d => decision(d));
  return {
    hits,
    // The total is exact (track_total_hits), so it is never "more than".
    total: {value: raw.total, exact: true},
    facets: facets(raw.facets),
    facetsApproximate: raw.facetsApproximate === true,
    nextCursor: raw.nextCursor || null,
  };
}

export async function fetchDecision(id) {
  return decision(await get(`/api/decisions/${encodeURIComponent(id)}`));
}

/** The whole parsed letter, in the shape of the data contract (determination.md). */
export async function fetchLetter(id) {
  const letter = await get(`/api/letters/${encodeURIComponent(id)}`);
  return {
    id: letter.id || id,
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

/** SimilarResult: {decision, similar: [DecisionHit], outcomes: OutcomeSplit, reasons: {id: PrecedentReasons}}. */
export async function similar(id, size = 10) {
  const raw = await get(`/api/decisions/${encodeURIComponent(id)}/similar?size=${size}`);
  const why = raw.reasons || {};
  return {hits: raw.similar.map(d => ({...decision(d), reasons: reasons(why[d.id])})), split: split(raw.outcomes)};
}

/** PrecedentReasons: what a precedent shares with the request; null or [] where it shares nothing. */
function reasons(r) {
  if (!r) return null;
  return {
    procedure: r.sameProcedure || null,
    category: r.sameCategory || null,
    bodyRegion: r.sameBodyRegion || null,
    levels: arr(r.sameLevels),
    guidelines: arr(r.sameGuidelines),
    guidelineSources: arr(r.sameGuidelineSources),
    passageTerms: arr(r.passageTerms),
  };
}

/** PrecedentResult: {precedents: [{decision, rationaleSentence, reasons}], outcomes, guidelines: [GuidelineCitation]}. */
export async function precedents({item, clinicalSummary, guideline}, size = 20) {
  const body = {item};
  if (clinicalSummary) body.clinicalSummary = clinicalSummary;
  if (guideline) body.guideline = guideline;
  body.size = size;
  const raw = await request('POST', '/api/precedents', {
    body: JSON.stringify(body), headers: {'Content-Type': 'application/json'},
  });
  const hits = raw.precedents.map(p => ({...decision(p.decision, p.rationaleSentence), reasons: reasons(p.reasons)}));
  const passages = arr(raw.guidelines).map(g => ({
    label: g.label,
    count: num(g.precedents),
    pages: arr(g.pages),
    upheld: num(g.upheld),
    overturned: num(g.overturned),
  }));
  return {hits, split: split(raw.outcomes), passages};
}

/** UpholdRate {group, …} or TrendPoint {period, …}: the rate and its 95% interval are fractions (0..1). */
function rateRow(r) {
  const key = String(r.group ?? r.period);
  return {
    key,
    none: r.group === '(none)',
    decisions: r.decisions,
    upheld: r.upheld,
    overturned: r.overturned,
    undetermined: r.undetermined,
    rate: num(r.upholdRate),
    low: num(r.ci95Low),
    high: num(r.ci95High),
  };
}

export function upholdRatesUrl(state, format) {
  const p = filterParams(state);
  p.set('by', state.by || 'procedure');
  if (state.minCount) p.set('minCount', state.minCount);
  if (format) p.set('format', format);
  return `/api/stats/uphold-rates?${p}`;
}

/** {by, minCount, total: UpholdRate of all, groups: [UpholdRate]} */
export async function upholdRates(state, {signal} = {}) {
  const raw = await get(upholdRatesUrl(state), {signal});
  return {groups: raw.groups.map(rateRow), overall: raw.total ? rateRow(raw.total) : null};
}

/** TrendReport: {interval, points: [TrendPoint], undated}. */
export async function trend(state, {signal} = {}) {
  const p = filterParams(state);
  p.set('interval', state.interval || 'year');
  const raw = await get(`/api/stats/trend?${p}`, {signal});
  return {points: raw.points.map(rateRow), undated: num(raw.undated)};
}

// ---------------------------------------------------------------- imports

/** Uploads files (letters, zips, CSV) as one multipart request; answers {jobId} (ImportStarted). */
export async function startImport(files) {
  const form = new FormData();
  for (const f of files) form.append('files', f, f.name);
  const raw = await request('POST', '/api/imports', {body: form, headers: authHeaders()});
  return {jobId: raw.jobId};
}

/** ImportStatus: the job's ImportProgress fields and its links. */
export function importProgress(p) {
  return {
    jobId: p.jobId,
    state: p.state,
    filesSeen: p.filesSeen,
    // Counted before the import starts: an estimate for the progress bar, 0 while not known.
    filesTotal: p.filesExpected || null,
    indexed: p.indexed,
    duplicates: p.duplicates,
    rejected: p.rejected,
    // Letters indexed whose text extraction had to make do (e.g. a substitute font): counted, not an error.
    degraded: p.degraded || 0,
    decisions: p.decisions,
    filesPerSecond: p.filesPerSecond || null,
    rejections: arr(p.rejections),
    message: p.message || null,
    rejectionsTruncated: Boolean(p.rejectionsTruncated),
    rows: p.rows,
    rowRejections: arr(p.rowRejections),
    rowRejectionsTruncated: Boolean(p.rowRejectionsTruncated),
    reportUrl: (p.links && p.links.report) || null,
  };
}

export async function fetchImport(jobId) {
  return importProgress(await get(`/api/imports/${encodeURIComponent(jobId)}`));
}

export const importEventsUrl = jobId => `/api/imports/${encodeURIComponent(jobId)}/events`;

export const isFinished = p => p.state !== 'RUNNING';

export async function health() {
  return get('/api/health');
}
