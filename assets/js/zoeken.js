// Kennisbank Kinderarmoede — the search page /zoeken/.
//
// Progressive enhancement of a plain GET form (?q=…): results while typing, filters with exact counts, the whole
// state in the URL (?q=armoede&sector=onderwijs) so a search can be shared and Back works, and the number of results
// announced to screen readers. Filters without a word list what they allow, newest first (?sector=jgz). Everything visitors read is Dutch.

import { Engine } from './zoekmachine.js';
import { numberBadge, queryString, readFilters, resultText, resultTitle, setNumberBadge, writeUrl } from './weergave.js';

// The facets of the filter panel, in its order; gemeente has many values, so it is a drop-down list, not checkboxes.
const FACETS = [
  ['type', 'Soort'],
  ['sector', 'Sector'],
  ['thema', 'Thema'],
  ['pijler', 'Pijler'],
  ['provincie', 'Provincie'],
  ['gemeente', 'Gemeente', 'Alle gemeenten'],
  ['doelgroep', 'Voor wie'],
  ['looptijd', 'Looptijd'],
  ['onderbouwing', 'Onderbouwing'],
];
const NAMES = FACETS.map(([facet]) => facet);
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
    this.pending = readFilters(params, NAMES);
    this.syncBoxes();
    this.shown = PAGE;
    this.update('none');
  }

  state() {
    const filters = {};
    if (this.boxes) {
      for (const facet of NAMES) filters[facet] = this.boxes.filter((b) => facetOf(b) === facet && (b.checked || b.selected)).map((b) => b.value);
    } else {
      Object.assign(filters, this.pending);
    }
    return { q: this.input.value, filters };
  }

  async update(mode) {
    const state = this.state();
    writeUrl(queryString(state.q.trim(), NAMES, state.filters), mode);
    const run = ++this.sequence;
    const nothingChosen = !state.q.trim() && !Object.values(state.filters).some((values) => values.length > 0);
    if (nothingChosen) this.render(null, state);
    if (nothingChosen && !this.boxes) return;
    try {
      if (nothingChosen) {
        // The last filter was switched off: the counts go back to those over everything.
        const all = await this.engine.search('', { filters: state.filters, limit: 0, counts: true });
        if (run === this.sequence) await this.renderFilters(all.counts);
        return;
      }
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
    for (const r of answer.results) this.list.append(item(r, state.q.trim()));
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

  /** Builds the filter checkboxes and drop-down lists once, then only updates their counts, so focus never jumps. */
  async renderFilters(counts) {
    if (!this.boxes) {
      const facets = await this.engine.facets();
      this.boxes = [];
      this.details = document.createElement('details');
      this.summary = document.createElement('summary');
      this.details.append(this.summary);
      this.filters.append(this.details);
      for (const [facet, legendText, all] of FACETS) {
        if (!facets[facet]) continue;
        const values = Object.entries(facets[facet]).sort((a, b) => a[1].l.localeCompare(b[1].l, 'nl'));
        if (all) {
          this.details.append(this.dropDown(facet, legendText, all, values));
          continue;
        }
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = legendText;
        fieldset.append(legend);
        for (const [value, entry] of values) {
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
      this.details.open = this.boxes.some((b) => b.checked || b.selected);
    }
    const active = this.boxes.filter((b) => b.checked || b.selected).length;
    this.summary.textContent = active === 0 ? 'Filters' : `Filters (${active} aan)`;
    for (const box of this.boxes) {
      const n = counts[facetOf(box)]?.[box.value] ?? 0;
      if (box.tagName === 'OPTION') {
        box.textContent = `${box.dataset.label} (${n})`;
        continue;
      }
      const label = box.parentElement;
      setNumberBadge(label.querySelector('.nl-number-badge'), n, 'resultaat', 'resultaten');
      label.classList.toggle('zoek-filters__leeg', n === 0 && !box.checked);
    }
  }

  /** A drop-down list for a facet with many values; its options stand in this.boxes like checkboxes. */
  dropDown(facet, labelText, all, values) {
    const wrapper = document.createElement('div');
    wrapper.className = 'zoek-filters__keuzelijst';
    const select = document.createElement('select');
    select.id = `filter-${facet}`;
    select.name = facet;
    select.setAttribute('form', 'zoekformulier');
    const label = document.createElement('label');
    label.htmlFor = select.id;
    label.textContent = labelText;
    const none = document.createElement('option');
    none.value = '';
    none.textContent = all;
    select.append(none);
    for (const [value, entry] of values) {
      const option = document.createElement('option');
      option.value = value;
      option.dataset.label = entry.l;
      select.append(option);
      this.boxes.push(option);
    }
    select.addEventListener('change', () => {
      this.shown = PAGE;
      this.update('push');
    });
    wrapper.append(label, select);
    return wrapper;
  }

  syncBoxes() {
    if (!this.boxes || !this.pending) return;
    for (const box of this.boxes) {
      const chosen = (this.pending[facetOf(box)] || []).includes(box.value);
      if (box.tagName === 'OPTION') box.selected = chosen;
      else box.checked = chosen;
    }
  }
}

/** The facet of a checkbox, or of an option in a drop-down list. */
function facetOf(box) {
  return box.tagName === 'OPTION' ? box.parentElement.name : box.name;
}

function item(r, q) {
  const li = document.createElement('li');
  const type = document.createElement('p');
  type.className = 'zoek-resultaat__soort';
  type.textContent = r.type;
  li.append(resultTitle(r, 'zoek-resultaat__titel'), type, resultText(r, q));
  return li;
}

const form = document.getElementById('zoekformulier');
if (form) new SearchPage(form).start();
