// Kennisbank Kinderarmoede — the practice finder /praktijkvoorbeelden/.
//
// The page arrives complete: the newest practices, and a filter form with the count of every value over all practices.
// This script shows the form and, once a visitor filters, sorts, types a word or pages, asks the search engine (the
// search index's facet bitsets and sort orders) for the exact list and the exact count of every value. The whole state
// lives in the URL (?sector=jgz&provincie=utrecht&pagina=2), so a list can be shared and Back works. Dutch for visitors.

const TYPING_DELAY_MS = 300;
const DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

class Finder {
  constructor(form) {
    this.form = form;
    this.pageSize = Number(form.dataset.paginagrootte);
    this.facets = [...new Set([...form.querySelectorAll('[name]')].map((c) => c.name))].filter((n) => n !== 'q');
    this.word = form.querySelector('#vinder-q');
    this.sort = document.getElementById('vinder-sortering');
    this.status = document.getElementById('vinder-status');
    this.list = document.getElementById('vinder-lijst');
    this.empty = document.getElementById('vinder-leeg');
    this.pages = document.getElementById('vinder-paginas');
    this.labels = new Map(); // "facet:value" → label without its count
    for (const box of form.querySelectorAll('input[type=checkbox]')) this.labels.set(`${box.name}:${box.value}`, box.parentElement.firstChild.nextSibling.textContent.trim());
    for (const option of form.querySelectorAll('option[value]:not([value=""])')) {
      this.labels.set(`${option.parentElement.name}:${option.value}`, option.textContent.replace(/ \(\d+\)$/, ''));
    }
    this.page = 1;
    this.sequence = 0;
  }

  start() {
    this.form.hidden = false;
    this.sort.parentElement.hidden = false;
    this.form.addEventListener('change', (e) => {
      if (e.target !== this.word) this.go(1, 'push');
    });
    this.sort.addEventListener('change', () => this.go(1, 'push'));
    this.word.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.go(1, 'replace'), TYPING_DELAY_MS);
    });
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(this.timer);
      this.go(1, 'push');
    });
    document.getElementById('vinder-wissen').addEventListener('click', (e) => {
      e.preventDefault();
      this.write({ q: '', filters: {}, sort: 'nieuw', page: 1 });
      this.go(1, 'push');
    });
    document.querySelector('.vinder__uitkomst').addEventListener('click', (e) => {
      const link = e.target.closest('a[data-pagina], a[data-zoek]');
      if (!link) return;
      e.preventDefault();
      if (link.dataset.zoek !== undefined) this.write(this.read(new URLSearchParams(link.search))); // shown after engine()
      this.go(Number(link.dataset.pagina || 1), 'push');
      this.status.focus();
    });
    window.addEventListener('popstate', () => this.restore());
    if (location.search) this.restore();
  }

  /**
   * The search engine and the code shared with the search page (./weergave.js: URL state, badges, results), loaded
   * when the visitor first filters: the first view needs nothing but this script.
   */
  engine() {
    this.loading = this.loading || Promise.all([import('./zoekmachine.js'), import('./weergave.js')]).then(([m, shared]) => {
      this.shared = shared;
      return new m.Engine();
    });
    return this.loading;
  }

  go(page, mode) {
    this.page = page;
    this.update(mode);
  }

  /** The state in the URL's parameters (after engine(): it uses the shared code). */
  read(params) {
    const filters = this.shared.readFilters(params, this.facets);
    return { q: params.get('q') || '', filters, sort: params.get('sortering') || 'nieuw', page: Math.max(1, Number(params.get('pagina')) || 1) };
  }

  /** Puts a state into the form's controls. */
  write(state) {
    this.word.value = state.q;
    this.sort.value = state.sort;
    for (const control of this.form.querySelectorAll('input[type=checkbox]')) control.checked = (state.filters[control.name] || []).includes(control.value);
    for (const select of this.form.querySelectorAll('select')) select.value = (state.filters[select.name] || [])[0] || '';
    this.page = state.page;
  }

  state() {
    const filters = {};
    for (const facet of this.facets) filters[facet] = [];
    for (const box of this.form.querySelectorAll('input[type=checkbox]:checked')) filters[box.name].push(box.value);
    for (const select of this.form.querySelectorAll('select')) if (select.value) filters[select.name].push(select.value);
    return { q: this.word.value.trim(), filters, sort: this.sort.value, page: this.page };
  }

  /** The query string of a state: only what differs from the first view (after engine()). */
  query(state) {
    return this.shared.queryString(state.q, this.facets, state.filters, { sortering: state.sort !== 'nieuw' && state.sort, pagina: state.page > 1 && String(state.page) });
  }

  async restore() {
    await this.engine();
    this.write(this.read(new URLSearchParams(location.search)));
    this.update('none');
  }

  async update(mode) {
    const state = this.state();
    const run = ++this.sequence;
    this.list.setAttribute('aria-busy', 'true');
    try {
      const filters = { ...state.filters, type: ['praktijkvoorbeeld'] };
      const engine = await this.engine();
      this.shared.writeUrl(this.query(state), mode);
      const answer = await engine.search(state.q, { filters, sort: state.sort, limit: this.pageSize, offset: (state.page - 1) * this.pageSize, counts: true, prefix: true });
      if (run !== this.sequence) return;
      this.render(answer, state);
      this.list.removeAttribute('aria-busy');
    } catch (error) {
      if (run !== this.sequence) return;
      this.status.textContent = 'Filteren lukt nu niet. Laad de pagina opnieuw, of kijk per sector, thema of provincie.';
      this.list.removeAttribute('aria-busy');
      console.error(error);
    }
  }

  render(answer, state) {
    const pageCount = Math.max(1, Math.ceil(answer.total / this.pageSize));
    const chosen = this.facets.flatMap((f) => state.filters[f].map((v) => this.labels.get(`${f}:${v}`) || v));
    this.status.textContent =
      `${answer.total} ${answer.total === 1 ? 'praktijkvoorbeeld' : 'praktijkvoorbeelden'}` +
      (state.q ? ` voor ‘${state.q}’` : '') +
      (chosen.length ? ` met ${chosen.join(', ')}` : '') +
      (pageCount > 1 ? `, pagina ${Math.min(state.page, pageCount)} van ${pageCount}` : '') + '.';
    this.list.replaceChildren(...answer.results.map((r) => this.card(r, state.q)));
    this.renderCounts(answer.counts);
    this.renderPages(state, pageCount);
    this.renderEmpty(answer, state);
  }

  renderCounts(counts) {
    for (const box of this.form.querySelectorAll('input[type=checkbox]')) {
      const n = counts[box.name]?.[box.value] ?? 0;
      this.shared.setNumberBadge(box.parentElement.querySelector('.nl-number-badge'), n, 'voorbeeld', 'voorbeelden');
      box.parentElement.classList.toggle('vinder__leeg', n === 0 && !box.checked);
    }
    for (const option of this.form.querySelectorAll('option[value]:not([value=""])')) {
      const facet = option.parentElement.name;
      option.textContent = `${this.labels.get(`${facet}:${option.value}`)} (${counts[facet]?.[option.value] ?? 0})`;
    }
  }

  renderPages(state, pageCount) {
    const items = [];
    for (let p = 1; p <= pageCount; p++) {
      if (p !== 1 && p !== pageCount && Math.abs(p - state.page) > 2) continue;
      const link = document.createElement('a');
      link.href = this.query({ ...state, page: p }) || location.pathname;
      link.dataset.pagina = String(p);
      if (p === state.page) link.setAttribute('aria-current', 'page');
      const hidden = document.createElement('span');
      hidden.className = 'visueel-verborgen';
      hidden.textContent = 'Pagina ';
      link.append(hidden, String(p));
      const li = document.createElement('li');
      li.append(link);
      items.push(li);
    }
    this.pages.querySelector('ul').replaceChildren(...items);
    this.pages.hidden = pageCount <= 1;
  }

  /** No practice: other values that do have practices with the rest of the choice, the search, and how to send one in. */
  renderEmpty(answer, state) {
    this.empty.hidden = answer.total > 0;
    if (answer.total > 0) return;
    const parts = [paragraph('Er is geen praktijkvoorbeeld met precies deze keuze.')];
    const tries = [];
    for (const facet of this.facets) {
      if (!state.filters[facet].length) continue;
      const others = Object.entries(answer.counts[facet] || {})
        .filter(([v, n]) => n > 0 && !state.filters[facet].includes(v))
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 3);
      for (const [v, n] of others) {
        const next = { ...state, filters: { ...state.filters, [facet]: [v] }, page: 1 };
        tries.push(link(this.query(next), `${this.labels.get(`${facet}:${v}`) || v} (${n} ${n === 1 ? 'voorbeeld' : 'voorbeelden'})`, true));
      }
    }
    if (tries.length) {
      parts.push(paragraph('Probeer in plaats daarvan:'));
      const ul = document.createElement('ul');
      ul.append(...tries.map((a) => listItem(a)));
      parts.push(ul);
    }
    const search = new URL('../zoeken/', location.href);
    if (state.q) search.searchParams.set('q', state.q);
    parts.push(paragraph('Of ', link(search.href, 'zoek in de hele kennisbank'), ', ook in de handreikingen.'));
    parts.push(paragraph('Ken je een goed voorbeeld dat hier past? ', link(new URL(this.form.dataset.insturen, location.href).href, this.form.dataset.insturenTekst), '.'));
    this.empty.replaceChildren(...parts);
  }

  /** One practice as a card: title, text, date. */
  card(r, q) {
    const li = document.createElement('li');
    li.className = 'kaart';
    li.append(this.shared.resultTitle(r, 'kaart__titel'), this.shared.resultText(r, q));
    if (r.date) {
      const time = document.createElement('time');
      time.dateTime = r.date;
      time.textContent = DATE.format(new Date(`${r.date}T00:00:00Z`));
      const meta = paragraph(time);
      meta.className = 'kaart__meta';
      li.append(meta);
    }
    return li;
  }
}

function listItem(content) {
  const li = document.createElement('li');
  li.append(content);
  return li;
}

function paragraph(...content) {
  const p = document.createElement('p');
  p.append(...content);
  return p;
}

function link(href, text, inPage = false) {
  const a = document.createElement('a');
  a.href = href || location.pathname;
  a.textContent = text;
  if (inPage) a.dataset.zoek = '';
  return a;
}


const form = document.getElementById('vinder');
if (form) new Finder(form).start();
