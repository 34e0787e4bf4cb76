// The archive's dimensions as GET /api/dimensions publishes them: what can be filtered, counted and
// grouped by, and how each value reads. main.js loads them once before the first page mounts, so pages
// read them synchronously; nothing in the UI keeps its own list of dimensions or of their value labels.

let dimensionList = [];
let rangeList = [];
const valueLabels = new Map(); // code → label, over every closed list

/** Takes the API's answer ({dimensions, ranges}). */
export function setVocabulary(answer) {
  dimensionList = answer.dimensions;
  rangeList = answer.ranges;
  valueLabels.clear();
  for (const d of dimensionList) for (const c of d.codes || []) valueLabels.set(c.value, c.label);
}

/** Names of the dimensions that filter (request parameters, in display order). */
export const filterNames = () => dimensionList.filter(d => d.filters).map(d => d.name);

/** Names of the dimensions search counts as facets. */
export const facetNames = () => dimensionList.filter(d => d.facets).map(d => d.name);

/** Names of the dimensions uphold rates can be grouped by (?by=). */
export const groupingNames = () => dimensionList.filter(d => d.groups).map(d => d.name);

/** The ranges ({name, label, minParameter, maxParameter, kind, min, max}). */
export const ranges = () => rangeList;

/** The ranges' bound parameters: from, to, ageMin, ageMax. */
export const rangeParams = () => rangeList.flatMap(r => [r.minParameter, r.maxParameter]);

/** The dimension as the API describes it ({name, label, values, codes, ...}). */
export const dimension = name => dimensionList.find(d => d.name === name) || {name, label: name, values: 'names'};

/** "Reviewer specialty" for "specialty". */
export const dimensionTitle = name => dimension(name).label;

/** The label of a value of a closed list ("LUMBAR_SPINE" → "Lumbar spine"); undefined for other values. */
export const valueLabel = value => valueLabels.get(String(value));
