// A decision in its letter: the letter laid out by its sections with this decision emphasised,
// the letter's other items, and the similar prior decisions with their outcome split.

import * as api from '../api.js';
import {decisionCard, decisionHref, guidelineChips, outcomeSplit} from '../components.js';
import {errorBox, h, loading, prose, replace, stateBox} from '../dom.js';
import {formatDate, label, outcomeBadge} from '../labels.js';
import {dimensionTitle, valueLabel} from '../vocabulary.js';
import {href, lastSearchHref} from '../url.js';

export function mount(root, params, id) {
  replace(root, loading('Opening the decision…'));
  let alive = true;

  (async () => {
    let decision;
    try {
      decision = await api.fetchDecision(id);
    } catch (err) {
      if (!alive) return;
      replace(root, err.status === 404
        ? stateBox('empty', 'No decision with this id.', h('p', {}, h('span', {class: 'mono'}, id), ' is not in the archive. ',
          h('a', {href: '#/search'}, 'Search the archive')))
        : errorBox(err, 'The decision could not be loaded'));
      return;
    }
    if (!alive) return;
    document.title = `${decision.item} · IMR Archive`;

    const letterBox = h('div', {class: 'letter'}, loading('Loading the letter…'));
    const similarBox = h('div', {class: 'similar'}, loading('Finding similar prior decisions…'));
    const siblingsBox = h('div', {class: 'siblings'});

    replace(root,
      h('nav', {class: 'crumbs', 'aria-label': 'Breadcrumb'},
        h('a', {href: lastSearchHref()}, '← Back to results')),
      h('header', {class: 'decision-head'},
        h('h1', {}, decision.item),
        h('div', {class: 'decision-head-meta'}, outcomeBadge(decision.outcome),
          decision.procedure.name ? h('span', {}, decision.procedure.name) : null,
          decision.caseNumber ? h('span', {class: 'mono'}, decision.caseNumber) : null,
          decision.date ? h('time', {datetime: decision.date}, formatDate(decision.date)) : null),
        h('p', {class: 'decision-head-actions'},
          h('a', {class: 'btn', href: href('/precedents', new URLSearchParams(Object.entries({
            item: decision.item,
            ...(decision.guidelines[0]?.label ? {guideline: decision.guidelines[0].label} : {}),
          })))}, 'Find precedents for this request'))),
      h('div', {class: 'decision-layout'},
        h('div', {class: 'decision-main'}, letterBox),
        h('aside', {class: 'decision-side'},
          h('section', {'aria-labelledby': 'siblings-h'}, h('h2', {id: 'siblings-h'}, 'Other items of this letter'), siblingsBox),
          h('section', {'aria-labelledby': 'similar-h'}, h('h2', {id: 'similar-h'}, 'Similar prior decisions'), similarBox))));

    const [letter, similar] = await Promise.allSettled([
      decision.letterId ? api.fetchLetter(decision.letterId) : Promise.reject(new Error('This decision names no letter.')),
      api.similar(decision.id),
    ]);
    if (!alive) return;

    if (letter.status === 'fulfilled') {
      replace(letterBox, letterView(letter.value, decision));
      replace(siblingsBox, siblings(letter.value, decision));
    } else {
      // Without the letter, the decision document still carries its letter's context.
      replace(letterBox, errorBox(letter.reason, 'The whole letter could not be loaded; showing this decision alone'),
        letterView(fromDecision(decision), decision));
      replace(siblingsBox, h('p', {class: 'muted'}, 'Unknown without the letter.'));
    }

    if (similar.status === 'fulfilled') {
      const s = similar.value;
      const others = s.hits.filter(x => x.id !== decision.id);
      // The API counts the split over decisions on the same treatment only; the list also shows the
      // nearest decisions on other treatments, under their own heading so the two are not confused.
      const treatment = decision.procedure.name;
      const same = treatment ? others.filter(x => x.procedure.name === treatment) : others;
      const nearest = treatment ? others.filter(x => x.procedure.name !== treatment) : [];
      const list = items => h('ol', {class: 'result-list compact'}, items.map(x => h('li', {}, decisionCard(x, {headingLevel: 'h3'}))));
      replace(similarBox, others.length
        ? [outcomeSplit(s.split, treatment ? `similar ${treatment} decisions` : 'similar decisions'),
          same.length ? list(same) : h('p', {class: 'muted'}, `No other ${treatment} decision in the archive.`),
          nearest.length ? [h('h3', {class: 'subhead'}, 'Nearest decisions on other treatments'), list(nearest)] : null]
        : stateBox('empty', 'No similar prior decisions in the archive yet.'));
    } else {
      replace(similarBox, errorBox(similar.reason, 'Similar decisions could not be loaded'));
    }
  })();

  return {unmount() { alive = false; }};
}

/** A letter made from the decision document alone, when the letter itself is unavailable. */
function fromDecision(d) {
  return {
    caseNumber: d.caseNumber, source: {file: d.file, format: d.format}, dates: d.dates,
    patient: {age: d.patientAge, gender: d.patientGender},
    reviewer: {specialty: d.specialty, specialtyRaw: d.specialtyRaw, licensure: d.licensure},
    diagnoses: d.diagnoses, clinicalSummary: d.clinicalSummary, warnings: d.warnings,
    decisions: Array.from({length: d.itemIndex || 1}, (_, i) => (i + 1 === (d.itemIndex || 1)
      ? {item: d.item, outcome: d.outcome, procedure: d.procedure, guidelines: d.guidelines, claimsAdministratorGuidelines: [], rationale: d.rationale}
      : null)),
  };
}

function section(id, title, ...body) {
  return h('section', {class: 'letter-section', 'aria-labelledby': id}, h('h2', {id}, title), body);
}

function facts(pairs) {
  const rows = pairs.filter(([, v]) => v !== null && v !== undefined && v !== '');
  if (!rows.length) return h('p', {class: 'muted'}, 'Not given in the letter.');
  return h('dl', {class: 'facts'}, rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function letterView(letter, current) {
  const dates = letter.dates || {};
  const reviewer = letter.reviewer || {};
  const patient = letter.patient || {};
  const position = (current.itemIndex || 1) - 1;
  return h('article', {class: 'letter-doc', 'aria-label': 'Final determination letter'},
    section('s-case', 'Case',
      facts([
        ['Case number', letter.caseNumber ? h('span', {class: 'mono'}, letter.caseNumber) : h('span', {class: 'muted'}, 'not stated')],
        ['Source', current.source ? label(current.source) : null],
        ['Format', letter.source?.format ? label(letter.source.format) : null],
        ['File', letter.source?.file ? h('span', {class: 'mono break'}, letter.source.file) : null],
      ])),
    section('s-dates', 'Dates',
      facts([
        ['Injury', formatDate(dates.injury)],
        ['UR denial', formatDate(dates.urDenial)],
        ['Assigned', formatDate(dates.assigned)],
        ['Received', formatDate(dates.received)],
        ['Determination', formatDate(dates.determination)],
      ])),
    section('s-people', 'Patient and reviewer',
      facts([
        ['Patient age', patient.age ?? null],
        ['Patient gender', patient.gender ?? null],
        ['Reviewer specialty', reviewer.specialty],
        ['As the letter puts it', reviewer.specialtyRaw],
        ['Licensed in', (reviewer.licensure || []).join(', ') || null],
      ])),
    current.dmhc ? section('s-dmhc', 'DMHC export columns', dmhcFacts(current.dmhc)) : null,
    section('s-diagnoses', 'Diagnoses',
      letter.diagnoses?.length ? h('ul', {class: 'diagnoses'}, letter.diagnoses.map(d => h('li', {}, d)))
        : h('p', {class: 'muted'}, 'Not given in the letter.')),
    section('s-summary', 'Clinical case summary', prose(letter.clinicalSummary)),
    section('s-decisions', letter.decisions.length > 1 ? `Decisions (${letter.decisions.length})` : 'Decision',
      h('ol', {class: 'decisions'}, letter.decisions.map((d, i) => d && decisionBlock(d, i, i === position, current)))),
    letter.warnings?.length ? section('s-warnings', 'Parser warnings',
      h('ul', {class: 'warnings'}, letter.warnings.map(w => h('li', {}, w)))) : null);
}

/** A DMHC row's own columns, each titled and labelled as the vocabulary names its dimension. */
function dmhcFacts(dmhc) {
  return facts(Object.entries(dmhc).filter(([, v]) => v !== null && v !== undefined)
    .map(([name, v]) => [dimensionTitle(name), valueLabel(v) || String(v)]));
}

function decisionBlock(d, i, isCurrent, current) {
  const id = isCurrent ? current.id : siblingId(current, i);
  const procedure = d.procedure || {};
  return h('li', {class: `decision-block${isCurrent ? ' current' : ''}`, 'aria-current': isCurrent ? 'true' : null,
    id: isCurrent ? 'current-decision' : null},
  h('div', {class: 'decision-block-head'},
    h('h3', {}, isCurrent || !id ? d.item : h('a', {href: decisionHref(id)}, d.item)),
    outcomeBadge(d.outcome),
    isCurrent ? h('span', {class: 'tag-current'}, 'This decision') : null),
  facts([
    ['Procedure', procedure.name],
    ['Category', procedure.category ? label(procedure.category) : null],
    ['Body region', procedure.bodyRegion ? label(procedure.bodyRegion) : null],
    ['Levels', (procedure.levels || []).join(', ') || null],
  ]),
  h('h4', {}, 'Guidelines the reviewer applied'),
  d.guidelines?.length
    ? h('ul', {class: 'guidelines'}, d.guidelines.map(g => h('li', {},
      h('strong', {}, g.label), g.pages ? ` — pages ${g.pages}` : null,
      g.raw ? h('div', {class: 'muted small quote'}, g.raw) : null)))
    : h('p', {class: 'muted'}, 'None cited.'),
  d.claimsAdministratorGuidelines?.length ? [
    h('h4', {}, 'Claims administrator cited'),
    guidelineChips(d.claimsAdministratorGuidelines)] : null,
  h('h4', {}, 'Rationale'),
  prose(d.rationale));
}

function siblingId(current, i) {
  return current.letterId ? `${current.letterId}-${i + 1}` : null;
}

function siblings(letter, current) {
  const others = letter.decisions.map((d, i) => ({d, i})).filter(({i}) => i + 1 !== (current.itemIndex || 1));
  if (!others.length) return h('p', {class: 'muted'}, 'This letter decides only this item.');
  return h('ul', {class: 'sibling-list'}, others.map(({d, i}) => h('li', {},
    h('a', {href: decisionHref(siblingId(current, i))}, d.item), ' ', outcomeBadge(d.outcome))));
}
