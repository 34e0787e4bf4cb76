// Import: drop or pick letters (PDF, text, HTML), zips or DMHC CSV exports, upload them, follow the
// job live from its server-sent events, and end with the account: indexed, duplicate, rejected (why).

import * as api from '../api.js';
import {errorBox, h, replace, stateBox} from '../dom.js';
import {plural} from '../labels.js';
import {record} from '../url.js';

const ACCEPT = '.pdf,.txt,.text,.htm,.html,.zip,.csv';

export function mount(root, params) {
  let chosen = [];
  let events = null;
  let poll = null;

  const picker = h('input', {type: 'file', id: 'files', multiple: true, accept: ACCEPT, class: 'visually-hidden-file',
    onchange: e => choose([...e.target.files])});
  const drop = h('div', {class: 'dropzone', tabindex: '0', role: 'button', 'aria-describedby': 'drop-hint',
    onclick: () => picker.click(),
    onkeydown: e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); picker.click(); } },
    ondragover: e => { e.preventDefault(); drop.classList.add('over'); },
    ondragleave: () => drop.classList.remove('over'),
    ondrop: e => { e.preventDefault(); drop.classList.remove('over'); choose([...e.dataTransfer.files]); }},
  h('p', {class: 'dropzone-title'}, 'Drop letters or a zip here'),
  h('p', {id: 'drop-hint', class: 'muted'}, 'or ', h('span', {class: 'linkish'}, 'choose files'),
    ' — PDF, text or HTML letters, zips of them, DMHC CSV exports'));
  const list = h('div', {class: 'chosen'});
  const keyInput = h('input', {type: 'password', id: 'api-key', autocomplete: 'off', value: api.getApiKey(),
    oninput: e => api.setApiKey(e.target.value)});
  const keyField = h('div', {class: 'field api-key', hidden: !api.getApiKey()},
    h('label', {for: 'api-key'}, 'API key'), keyInput,
    h('p', {class: 'muted small'}, 'This server accepts imports only with its API key (set by whoever runs ', h('code', {}, 'imr serve'), ').'));
  const upload = h('button', {type: 'button', class: 'btn btn-primary', id: 'upload', disabled: true, onclick: () => start()}, 'Import');
  const progressBox = h('div', {class: 'progress-box', 'aria-live': 'polite'});

  replace(root,
    h('header', {class: 'page-head'}, h('h1', {}, 'Import letters'),
      h('p', {class: 'lede'}, 'Every file ends indexed, duplicate or rejected, with the reason. Importing the same letters again changes nothing.')),
    h('div', {class: 'panel import-panel'}, h('label', {for: 'files', class: 'visually-hidden'}, 'Files to import'), picker, drop, list, keyField,
      h('div', {class: 'actions'}, upload)),
    progressBox);

  function choose(files) {
    chosen = files;
    upload.disabled = !files.length;
    const total = files.reduce((n, f) => n + f.size, 0);
    replace(list, files.length ? [
      h('p', {}, h('strong', {}, plural(files.length, 'file')), ` selected (${size(total)})`),
      h('ul', {class: 'file-list'}, files.slice(0, 50).map(f => h('li', {}, h('span', {class: 'mono'}, f.name), h('span', {class: 'muted'}, ` ${size(f.size)}`))),
        files.length > 50 ? h('li', {class: 'muted'}, `and ${files.length - 50} more`) : null)] : []);
  }

  async function start() {
    if (!chosen.length) return;
    upload.disabled = true;
    upload.textContent = 'Uploading…';
    replace(progressBox, stateBox('loading', `Uploading ${plural(chosen.length, 'file')}…`));
    try {
      const {jobId} = await api.startImport(chosen);
      if (!jobId) throw new Error('The server accepted the upload but named no import job.');
      record('/import', new URLSearchParams({job: jobId}));
      follow(jobId);
    } catch (err) {
      if (err.status === 401 || err.status === 403) {
        keyField.hidden = false;
        keyInput.focus();
        replace(progressBox, errorBox(err, api.getApiKey() ? 'The API key was not accepted' : 'This server needs an API key to import'));
      } else {
        replace(progressBox, errorBox(err, 'The upload failed'));
      }
    } finally {
      upload.disabled = !chosen.length;
      upload.textContent = 'Import';
    }
  }

  function follow(jobId) {
    stop();
    render({jobId, state: 'RUNNING', filesSeen: 0, indexed: 0, duplicates: 0, rejected: 0, degraded: 0, decisions: null, rejections: []});
    let gotEvent = false;
    const onData = e => {
      let data;
      try { data = JSON.parse(e.data); } catch { return; }
      gotEvent = true;
      const p = api.importProgress(data);
      render(p);
      if (api.isFinished(p)) stop();
    };
    if (window.EventSource) {
      events = new EventSource(api.importEventsUrl(jobId));
      events.onmessage = onData;
      for (const name of ['progress', 'update', 'snapshot', 'finished', 'done', 'complete', 'failed']) events.addEventListener(name, onData);
      events.onerror = () => {
        // The stream ends when the job does; check the final state rather than trusting the socket.
        if (events) { events.close(); events = null; }
        pollUntilDone(jobId, gotEvent ? 0 : 500);
      };
    } else {
      pollUntilDone(jobId, 0);
    }
  }

  function pollUntilDone(jobId, delay) {
    clearTimeout(poll);
    poll = setTimeout(async () => {
      try {
        const p = await api.fetchImport(jobId);
        render(p);
        if (!api.isFinished(p)) pollUntilDone(jobId, 1000);
      } catch (err) {
        replace(progressBox, errorBox(err, 'The import job could not be followed'));
      }
    }, delay);
  }

  function stop() {
    if (events) { events.close(); events = null; }
    clearTimeout(poll);
  }

  function render(p) {
    const done = api.isFinished(p);
    const failed = p.state === 'FAILED';
    const accounted = p.indexed + p.duplicates + p.rejected;
    const bar = p.filesTotal ? h('progress', {max: p.filesTotal, value: accounted, 'aria-label': 'Files processed'})
      : done ? h('progress', {max: 1, value: 1, 'aria-label': 'Files processed'}) : h('progress', {'aria-label': 'Import in progress'});
    replace(progressBox, h('section', {class: `panel import-account${done ? ' done' : ''}${failed ? ' failed' : ''}`, id: 'import-account',
      'aria-labelledby': 'account-h', 'data-state': p.state},
    h('h2', {id: 'account-h'}, failed ? 'Import failed' : p.state === 'INTERRUPTED' ? 'Import interrupted' : done ? 'Import finished' : 'Importing…'),
    h('p', {class: 'muted small'}, 'Job ', h('span', {class: 'mono'}, p.jobId || '?'),
      p.filesPerSecond ? ` · ${p.filesPerSecond.toFixed(1)} files/s` : ''),
    bar,
    h('dl', {class: 'counts'},
      count('Files seen', p.filesSeen, 'seen'),
      count('Indexed', p.indexed, 'indexed'),
      count('Duplicates', p.duplicates, 'duplicates'),
      count('Rejected', p.rejected, 'rejected'),
      p.decisions !== null ? count('Decisions', p.decisions, 'decisions') : null,
      p.degraded ? count('Degraded text', p.degraded, 'degraded') : null),
    p.degraded ? h('p', {class: 'muted small'}, `${p.degraded} of the indexed letters needed a substitute font or `
      + 'another extraction workaround; the job report lists why.') : null,
    p.message ? h('p', {class: failed ? 'error-text' : 'muted'}, p.message) : null,
    done && !failed && accounted !== p.filesSeen ? h('p', {class: 'error-text'},
      `Counts do not add up: ${accounted} accounted for of ${p.filesSeen} seen.`) : null,
    rowCounts(p.rows),
    p.rejections.length ? h('div', {class: 'rejections'},
      h('h3', {}, 'Rejected files'),
      listedOf(p.rejections.length, p.rejected, p.rejectionsTruncated, done && p.reportUrl, 'rejected file'),
      h('div', {class: 'table-scroll'}, h('table', {class: 'data-table'},
        h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'File'), h('th', {scope: 'col'}, 'Reason'))),
        h('tbody', {}, p.rejections.map(r => h('tr', {}, h('td', {class: 'mono break'}, r.path), h('td', {}, r.reason))))))) : null,
    p.rowRejections && p.rowRejections.length ? h('div', {class: 'rejections row-rejections'},
      h('h3', {}, 'Rejected and conflicting CSV rows'),
      listedOf(p.rowRejections.length, p.rows ? p.rows.rejected + p.rows.conflicts : p.rowRejections.length,
        p.rowRejectionsTruncated, done && p.reportUrl, 'row'),
      h('div', {class: 'table-scroll'}, h('table', {class: 'data-table'},
        h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'File'), h('th', {scope: 'col'}, 'Line'), h('th', {scope: 'col'}, 'Reason'))),
        h('tbody', {}, p.rowRejections.map(r => h('tr', {}, h('td', {class: 'mono break'}, r.path), h('td', {}, String(r.line ?? '')),
          h('td', {}, r.reason))))))) : null,
    done && p.reportUrl ? h('p', {class: 'muted small'}, h('a', {href: p.reportUrl, id: 'import-report'}, 'Full report (JSON)')) : null,
    done && p.indexed ? h('p', {}, h('a', {class: 'btn', href: '#/search'}, 'Search the archive')) : null));
  }

  const existing = params.get('job');
  if (existing) follow(existing);

  return {unmount: stop};
}

// The CSV rows of DMHC exports: each export is one file in the counts above, its rows are told here.
function rowCounts(rows) {
  if (!rows || !(rows.indexed + rows.duplicates + rows.rejected + rows.conflicts)) return null;
  return h('dl', {class: 'counts row-counts', 'aria-label': 'CSV rows'},
    count('Rows indexed', rows.indexed, 'rows-indexed'),
    count('Rows duplicate', rows.duplicates, 'rows-duplicates'),
    count('Rows rejected', rows.rejected, 'rows-rejected'),
    count('Rows in conflict', rows.conflicts, 'rows-conflicts'));
}

// Says when a list shows only the first of its items, and where the rest are.
function listedOf(shown, total, truncated, reportUrl, noun) {
  if (!truncated) return null;
  return h('p', {class: 'muted small truncated-note'}, `Showing the first ${shown.toLocaleString()} of ${plural(total, noun)}`,
    reportUrl ? [' — ', h('a', {href: reportUrl}, 'the full report lists all')] : ' — the full report lists all once the import ends', '.');
}

function count(title, value, key) {
  return h('div', {class: `count count-${key}${value ? ' some' : ''}`, 'data-count': key},
    h('dt', {}, title), h('dd', {}, (value ?? 0).toLocaleString()));
}

function size(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
