// The timeline page: the filters in the address bar, the entries from /api/timeline, the drawing from the
// timelinejs export, live through /api/timeline/stream. Text from facts goes in with textContent only, never as HTML;
// the export escapes what TimelineJS renders as HTML.

const PAGE = 100;
const DRAWN = 500;
const form = document.getElementById('filters');
const rows = document.querySelector('#entries tbody');
const more = document.getElementById('more');
const live = document.getElementById('live');
const problem = document.getElementById('problem');
let nextCursor = null;
let stream = null;
let refreshTimer = null;

/** The filters as query parameters of /api/timeline, from the form; asOf as an instant. */
function filters() {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (value === '') continue;
    params.append(name, name === 'asOf' ? new Date(value).toISOString() : value.trim());
  }
  return params;
}

/** The form, from the address bar: a page can be bookmarked and shared with its filters. */
function fillForm(params) {
  form.reset();
  for (const element of form.elements) {
    if (!element.name) continue;
    const values = params.getAll(element.name);
    if (element.type === 'checkbox') {
      element.checked = values.includes(element.value);
    } else if (element.multiple) {
      for (const option of element.options) option.selected = values.includes(option.value);
    } else if (element.name === 'asOf' && values.length) {
      element.value = localDateTime(new Date(values[0]));
    } else if (values.length) {
      element.value = values[0];
    }
  }
}

function localDateTime(date) {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60000);
  return local.toISOString().slice(0, 23);
}

async function getJson(url) {
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.detail || body.title || response.statusText);
  }
  return body;
}

function showProblem(error) {
  problem.textContent = error ? String(error.message || error) : '';
  problem.hidden = !error;
}

/** Reads everything again for the current filters: the first entries, the drawing, the export links. */
async function refresh() {
  const params = filters();
  history.replaceState(null, '', params.toString() ? '?' + params : location.pathname);
  setExportLinks(params);
  try {
    const shown = Math.max(PAGE, rows.children.length);
    const page = await getJson('/api/timeline?' + withParams(params, {limit: Math.min(shown, 500)}));
    rows.replaceChildren(...page.entries.map(entryRow));
    nextCursor = page.nextCursor;
    more.hidden = !nextCursor;
    draw(await getJson('/api/timeline/export?' + withParams(params, {format: 'timelinejs', limit: DRAWN})));
    showProblem(null);
  } catch (error) {
    showProblem(error);
  }
}

async function showMore() {
  const params = filters();
  try {
    const page = await getJson('/api/timeline?' + withParams(params, {limit: PAGE, cursor: nextCursor}));
    rows.append(...page.entries.map(entryRow));
    nextCursor = page.nextCursor;
    more.hidden = !nextCursor;
  } catch (error) {
    showProblem(error);
  }
}

function withParams(params, extra) {
  const all = new URLSearchParams(params);
  for (const [name, value] of Object.entries(extra)) all.set(name, value);
  return all;
}

function setExportLinks(params) {
  for (const format of ['csv', 'ics', 'timelinejs']) {
    document.getElementById('export-' + format).href = '/api/timeline/export?' + withParams(params, {format});
  }
}

function cell(row, text, className) {
  const td = row.insertCell();
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

/** One entry of the dense list. */
function entryRow(entry) {
  const row = document.createElement('tr');
  row.dataset.id = entry.id;
  row.dataset.status = entry.status;
  if (entry.status === 'retracted') row.classList.add('retracted');
  cell(row, entry.occurredOnReadable, 'date');
  cell(row, entry.type);
  const title = cell(row, entry.title, 'title');
  if (entry.status === 'retracted' && entry.retraction) {
    const note = document.createElement('div');
    note.className = 'note';
    note.textContent = 'Retracted: ' + (entry.retraction.reason || '');
    title.append(note);
  }
  if (entry.version > 1) title.append(historyOf(entry));
  cell(row, actorsOf(entry).join('; '));
  const sources = cell(row, '');
  for (const source of entry.sources || []) {
    const line = document.createElement('div');
    line.textContent = [source.publisher, source.publishedOn].filter(Boolean).join(', ');
    if (source.quote) {
      const quote = document.createElement('span');
      quote.className = 'quote';
      quote.textContent = ' — ' + source.quote;
      line.append(quote);
    }
    sources.append(line);
  }
  if (entry.corroboration) {
    const level = document.createElement('div');
    level.className = 'note corroboration';
    const disputed = entry.corroboration.disputedBy.length ? ', disputed by ' + entry.corroboration.disputedBy.join(', ') : '';
    const publishers = entry.corroboration.publishers === 1 ? '1 publisher' : entry.corroboration.publishers + ' publishers';
    level.textContent = entry.corroboration.level + ' (' + publishers + disputed + ')';
    sources.append(level);
  }
  if (entry.details && entry.details.quote) {
    const quote = document.createElement('div');
    quote.className = 'quote';
    quote.textContent = '“' + entry.details.quote + '”';
    sources.append(quote);
  }
  cell(row, entry.plover ? [entry.plover.event, entry.plover.mode].filter(Boolean).join('/') : '');
  return row;
}

function actorsOf(entry) {
  const names = (entry.actors || []).map(actor => actor.country ? `${actor.name} (${actor.country})` : actor.name);
  const speaker = entry.details && entry.details.speaker;
  if (speaker && !names.some(name => name.startsWith(speaker.name))) names.push(speaker.name);
  return names;
}

/** A corrected entry's versions, read when opened. */
function historyOf(entry) {
  const details = document.createElement('details');
  details.className = 'history note';
  const summary = document.createElement('summary');
  summary.textContent = `version ${entry.version}: history`;
  const list = document.createElement('ol');
  details.append(summary, list);
  details.addEventListener('toggle', async () => {
    if (!details.open || list.children.length) return;
    try {
      const history = await getJson(`/api/timeline/${encodeURIComponent(entry.id)}/history`);
      for (const version of history.versions) {
        const item = document.createElement('li');
        const fact = version.fact || {};
        item.textContent = `${version.change} ${version.recordedAt}: ${fact.occurredOn || ''} ${fact.title || ''}`
            + (version.reason ? ` (${version.reason})` : '');
        list.append(item);
      }
    } catch (error) {
      showProblem(error);
    }
  });
  return details;
}

/** TimelineJS, drawn again from the export: the page shows exactly what the export holds. */
function draw(data) {
  const section = document.getElementById('drawing');
  const empty = data.events.length === 0;
  section.classList.toggle('empty', empty);
  document.getElementById('nothing-to-draw').hidden = !empty;
  document.body.dataset.timelinejs = 'loading';
  if (empty) {
    document.getElementById('timeline-embed').replaceChildren();
    document.body.dataset.timelinejs = 'empty';
    return;
  }
  const timeline = new TL.Timeline('timeline-embed', data, {
    script_path: '/vendor/timelinejs/js/',
    font: null,
    language: 'en',
    hash_bookmark: false,
    timenav_position: 'bottom',
  });
  timeline.on('loaded', () => { document.body.dataset.timelinejs = 'loaded'; });
}

/**
 * Live: a change on the stream reads the page again (debounced). The stream opens first and the page reads after it
 * is open, so no change falls between the two. A page as of a past instant does not change, so it has no stream.
 */
function follow() {
  if (stream) stream.close();
  stream = null;
  const params = filters();
  if (params.has('asOf')) {
    setLive(false, 'as known then: not live');
    refresh();
    return;
  }
  params.delete('includeRetracted');
  stream = new EventSource('/api/timeline/stream?' + params);
  stream.onopen = () => { setLive(true, 'live'); refresh(); };
  for (const kind of ['created', 'corrected', 'retracted', 'source-added']) {
    stream.addEventListener(kind, () => {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(refresh, 200);
    });
  }
  stream.onerror = () => {
    setLive(false, 'reconnecting…');
    // A refusal (a filter at fault, a token too old) closes it for good: start again without a token.
    if (stream.readyState === EventSource.CLOSED) setTimeout(follow, 5000);
  };
}

function setLive(open, text) {
  live.textContent = text;
  live.classList.toggle('open', open);
  document.body.dataset.live = open ? 'open' : 'closed';
}

form.addEventListener('submit', event => {
  event.preventDefault();
  rows.replaceChildren();
  follow();
});
document.getElementById('clear').addEventListener('click', () => {
  fillForm(new URLSearchParams());
  rows.replaceChildren();
  follow();
});
more.addEventListener('click', showMore);

fillForm(new URLSearchParams(location.search));
follow();
