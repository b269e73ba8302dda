/* Staff search: results as you type from GET /api/search, matched words highlighted, keyboard navigation,
 * and "copy answer with link". Server text is only ever inserted as text. */
(function () {
  'use strict';

  var DELAY_MS = 200;
  var form = document.getElementById('search-form');
  var q = document.getElementById('q');
  var municipality = document.getElementById('municipality');
  var results = document.getElementById('results');
  var status = document.getElementById('status');
  var timer = null;
  var current = null;
  var sequence = 0;

  var el = Kommunsvar.el;
  var safeHref = Kommunsvar.safeHref;

  /** Word stems of the query: a passage word matches when it starts with one (Swedish endings vary). */
  function stems(query) {
    return query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length >= 2; })
      .map(function (w) { return w.length > 5 ? w.slice(0, w.length - 2) : w; });
  }

  /** Appends text to parent with the words that start with a stem wrapped in <mark>. */
  function highlighted(parent, text, wordStems) {
    var parts = text.split(/([\p{L}\p{N}]+)/u);
    parts.forEach(function (part) {
      var lower = part.toLowerCase();
      var hit = part && wordStems.some(function (s) { return lower.indexOf(s) === 0; });
      parent.appendChild(hit ? el('mark', '', part) : document.createTextNode(part));
    });
    return parent;
  }

  function clipboardText(r) {
    var dated = r.updated ? ' (uppdaterad ' + r.updated + ')' : '';
    return r.passage + '\n\nKälla: ' + r.title + dated + '\n' + r.url;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = el('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'visually-hidden';
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand('copy');
      document.body.removeChild(area);
      if (ok) {
        resolve();
      } else {
        reject(new Error('copy refused'));
      }
    });
  }

  function resultItem(r, index, wordStems) {
    var item = el('li', 'result');
    var h = el('h2');
    var href = safeHref(String(r.url || ''));
    var link = el(href ? 'a' : 'span');
    if (href) {
      link.href = href;
      link.rel = 'noopener noreferrer';
    } else {
      link.tabIndex = -1;
    }
    link.setAttribute('data-result', String(index));
    highlighted(link, String(r.title || r.url || ''), wordStems);
    h.appendChild(link);
    item.appendChild(h);
    var meta = [r.municipality, r.updated ? 'uppdaterad ' + r.updated : '', r.url].filter(Boolean).join(' · ');
    item.appendChild(el('p', 'meta', meta));
    if (r.heading) {
      item.appendChild(highlighted(el('p', 'heading'), String(r.heading), wordStems));
    }
    item.appendChild(highlighted(el('p', 'passage'), String(r.passage || ''), wordStems));
    var button = el('button', 'secondary', 'Kopiera svar med länk');
    button.type = 'button';
    button.addEventListener('click', function () {
      copy(clipboardText(r)).then(function () {
        status.textContent = 'Kopierat: stycket, adressen och datumet från ”' + r.title + '”.';
      }, function () {
        status.textContent = 'Det gick inte att kopiera. Markera texten och kopiera den själv.';
      });
    });
    item.appendChild(button);
    return item;
  }

  function show(data, query) {
    var list = Array.isArray(data.results) ? data.results : [];
    var wordStems = stems(query);
    results.replaceChildren();
    list.forEach(function (r, i) { results.appendChild(resultItem(r || {}, i, wordStems)); });
    status.textContent = list.length === 0 ? 'Inga träffar på ”' + query + '”.'
      : list.length + (list.length === 1 ? ' träff' : ' träffar') + ' på ”' + query + '”.';
  }

  function search() {
    var query = q.value.trim();
    if (current) {
      current.abort();
    }
    if (!query) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    var mine = ++sequence;
    current = new AbortController();
    var params = new URLSearchParams({ q: query, limit: '20' });
    if (municipality.value) {
      params.set('municipality', municipality.value);
    }
    Kommunsvar.fetchJson('/api/search?' + params.toString(), { signal: current.signal })
      .then(function (body) {
        if (mine === sequence) {
          show(body, query);
        }
      })
      .catch(function (e) {
        if (e.name !== 'AbortError' && mine === sequence) {
          status.textContent = 'Sökningen misslyckades: ' + e.message;
        }
      });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(search, DELAY_MS);
  }

  function resultLinks() {
    return Array.prototype.slice.call(results.querySelectorAll('[data-result]'));
  }

  function moveFocus(from, step) {
    var links = resultLinks();
    if (links.length === 0) {
      return;
    }
    var at = links.indexOf(from);
    var next = at < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + step));
    links[next].focus();
  }

  q.addEventListener('input', schedule);
  municipality.addEventListener('change', search);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    search();
  });
  q.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      moveFocus(null, 1);
    }
  });
  results.addEventListener('keydown', function (event) {
    var item = event.target.closest('.result');
    var link = item ? item.querySelector('[data-result]') : null;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveFocus(link, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      q.focus();
    }
  });

  Kommunsvar.fillMunicipalities(municipality).catch(function () { /* the filter then offers only "Alla kommuner" */ });
})();
