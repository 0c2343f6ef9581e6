// Kennisbank Kinderarmoede — the search page /zoeken/.
//
// Progressive enhancement of a plain GET form (?q=…): results while typing, filters with exact counts, the whole
// state in the URL (?q=armoede&sector=onderwijs) so a search can be shared and Back works, and the number of results
// announced to screen readers. Filters without a word list what they allow, newest first (?sector=jgz). Everything visitors read is Dutch.

import { Engine } from './zoekmachine.js';

const FACETS = [
  ['type', 'Soort'],
  ['sector', 'Sector'],
  ['thema', 'Thema'],
  ['pijler', 'Pijler'],
  ['provincie', 'Provincie'],
];
const PAGE = 10;
const TYPING_DELAY_MS = 200;

class SearchPage {
  constructor(form) {
    this.engine = new Engine();
    this.form = form;
    this.input = form.querySelector('#zoekveld');
    this.filters = document.getElementById('zoekfilters');
    this.status = document.getElementById('zoekstatus');
    this.list = document.getElementById('zoekresultaten');
    this.suggestion = document.getElementById('zoeksuggestie');
    this.more = document.getElementById('meerresultaten');
    this.details = null;
    this.sequence = 0;
    this.shown = PAGE;
    this.timer = null;
    this.boxes = null;
  }

  start() {
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(this.timer);
      this.shown = PAGE;
      this.update('push');
    });
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.shown = PAGE;
        this.update('replace');
      }, TYPING_DELAY_MS);
    });
    this.more.addEventListener('click', () => this.showMore());
    window.addEventListener('popstate', () => this.restore());
    this.restore();
  }

  /** Reads the state from the URL (first load, Back, Forward) and shows it. */
  restore() {
    const params = new URLSearchParams(location.search);
    this.input.value = params.get('q') || '';
    this.pending = Object.fromEntries(FACETS.map(([facet]) => [facet, params.getAll(facet)]));
    this.syncBoxes();
    this.shown = PAGE;
    this.update('none');
  }

  state() {
    const filters = {};
    if (this.boxes) {
      for (const [facet] of FACETS) filters[facet] = this.boxes.filter((b) => b.name === facet && b.checked).map((b) => b.value);
    } else {
      Object.assign(filters, this.pending);
    }
    return { q: this.input.value, filters };
  }

  writeUrl(state, mode) {
    if (mode === 'none') return;
    const params = new URLSearchParams();
    if (state.q.trim()) params.set('q', state.q.trim());
    for (const [facet] of FACETS) for (const v of state.filters[facet] || []) params.append(facet, v);
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  }

  async update(mode) {
    const state = this.state();
    this.writeUrl(state, mode);
    const run = ++this.sequence;
    if (!state.q.trim() && !Object.values(state.filters).some((values) => values.length > 0)) {
      this.render(null, state);
      return;
    }
    try {
      const answer = await this.engine.search(state.q, { filters: state.filters, limit: this.shown });
      if (run !== this.sequence) return;
      this.render(answer, state);
      const counted = await this.engine.search(state.q, { filters: state.filters, limit: 0, counts: true });
      if (run !== this.sequence) return;
      if (!answer.exactTotal) this.announce(counted, state); // the first answer knew a lower bound only
      await this.renderFilters(counted.counts);
    } catch (error) {
      if (run !== this.sequence) return;
      this.status.textContent = 'Zoeken lukt nu niet. Laad de pagina opnieuw of zoek via de thema’s en sectoren.';
      console.error(error);
    }
  }

  async showMore() {
    const first = this.shown;
    this.shown += PAGE;
    await this.update('none');
    this.list.children[first]?.querySelector('a')?.focus();
  }

  render(answer, state) {
    this.list.replaceChildren();
    this.more.hidden = true;
    this.suggestion.hidden = true;
    if (!answer) {
      this.status.textContent = 'Typ een of meer zoekwoorden, bijvoorbeeld ‘armoede op school’ of ‘JGZ’.';
      return;
    }
    for (const r of answer.results) this.list.append(item(r));
    if (answer.exactTotal) this.announce(answer, state);
    if (answer.suggestion) {
      const link = document.createElement('a');
      link.href = `?q=${encodeURIComponent(answer.suggestion)}`;
      link.textContent = answer.suggestion;
      this.suggestion.replaceChildren('Bedoelde je ', link, '?');
      this.suggestion.hidden = false;
    }
  }

  /** The number of results, in the live region, once it is exact. */
  announce(answer, state) {
    const q = state.q.trim();
    const what = q ? `voor ‘${q}’` : 'met deze filters, de nieuwste eerst';
    this.status.textContent =
      answer.total === 0
        ? `Geen resultaten ${what}. Probeer een ander of korter woord, of zet filters uit.`
        : `${answer.total} ${answer.total === 1 ? 'resultaat' : 'resultaten'} ${what}.`;
    this.more.hidden = answer.total <= this.list.children.length;
  }

  /** Builds the filter checkboxes once, then only updates their counts, so focus never jumps. */
  async renderFilters(counts) {
    if (!this.boxes) {
      const facets = await this.engine.facets();
      this.boxes = [];
      this.details = document.createElement('details');
      this.summary = document.createElement('summary');
      this.details.append(this.summary);
      this.filters.append(this.details);
      for (const [facet, legendText] of FACETS) {
        if (!facets[facet]) continue;
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = legendText;
        fieldset.append(legend);
        for (const [value, entry] of Object.entries(facets[facet]).sort((a, b) => a[1].l.localeCompare(b[1].l, 'nl'))) {
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = facet;
          box.value = value;
          box.id = `filter-${facet}-${value}`;
          box.setAttribute('form', 'zoekformulier');
          box.addEventListener('change', () => {
            this.shown = PAGE;
            this.update('push');
          });
          const label = document.createElement('label');
          label.htmlFor = box.id;
          label.append(box, ' ', entry.l, ' ', numberBadge());
          fieldset.append(label);
          this.boxes.push(box);
        }
        this.details.append(fieldset);
      }
      this.syncBoxes();
      this.details.open = this.boxes.some((b) => b.checked);
    }
    const active = this.boxes.filter((b) => b.checked).length;
    this.summary.textContent = active === 0 ? 'Filters' : `Filters (${active} aan)`;
    for (const box of this.boxes) {
      const n = counts[box.name]?.[box.value] ?? 0;
      const label = box.parentElement;
      setNumberBadge(label.querySelector('.nl-number-badge'), n);
      label.classList.toggle('zoek-filters__leeg', n === 0 && !box.checked);
    }
  }

  syncBoxes() {
    if (!this.boxes || !this.pending) return;
    for (const box of this.boxes) box.checked = (this.pending[box.name] || []).includes(box.value);
  }
}

/** An NL Design System number badge: the number is shown, "(3 resultaten)" is what a screen reader says. */
function numberBadge() {
  const badge = document.createElement('data');
  badge.className = 'nl-number-badge';
  const visible = document.createElement('span');
  visible.className = 'nl-number-badge__visible-label';
  visible.setAttribute('aria-hidden', 'true');
  const hidden = document.createElement('span');
  hidden.className = 'nl-number-badge__hidden-label';
  badge.append(visible, hidden);
  return badge;
}

function setNumberBadge(badge, n) {
  badge.value = String(n);
  badge.firstChild.textContent = String(n);
  badge.lastChild.textContent = `(${n} ${n === 1 ? 'resultaat' : 'resultaten'})`;
}

function item(r) {
  const li = document.createElement('li');
  const title = document.createElement('h2');
  title.className = 'zoek-resultaat__titel';
  const link = document.createElement('a');
  link.href = r.url;
  link.textContent = r.title;
  title.append(link);
  const type = document.createElement('p');
  type.className = 'zoek-resultaat__soort';
  type.textContent = r.type;
  const snippet = document.createElement('p');
  snippet.innerHTML = r.snippet; // escaped by highlight(); only <mark> is markup
  for (const mark of snippet.querySelectorAll('mark')) mark.className = 'nl-mark';
  li.append(title, type, snippet);
  return li;
}

const form = document.getElementById('zoekformulier');
if (form) new SearchPage(form).start();
