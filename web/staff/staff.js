/* Staff search: results as you type from GET /api/search, matched words highlighted, keyboard navigation,
 * and "copy answer with link". With a municipality chosen, a search for contact details ("telefon", "växel") shows its
 * contact cards first. One result per page, the best-matching sentence highlighted, the page's further hits under it.
 * Server text is only ever inserted as text. */
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

  /** The sentence (or the whole passage) with the page's title, date and a link that opens it at the sentence. */
  function clipboardText(r, whole) {
    var dated = r.updated ? ' (uppdaterad ' + r.updated + ')' : '';
    var text = whole || !r.sentence ? r.passage : r.sentence;
    return text + '\n\nKälla: ' + r.title + dated + '\n' + (r.deepLink || r.url);
  }

  /** The passage with its best sentence in <strong class="sentence"> and the query's words in <mark>. */
  function passageWithSentence(r, wordStems) {
    var p = el('p', 'passage');
    var text = String(r.passage || '');
    var sentence = String(r.sentence || '');
    var at = sentence ? text.indexOf(sentence) : -1;
    if (at < 0) {
      return highlighted(p, text, wordStems);
    }
    highlighted(p, text.slice(0, at), wordStems);
    p.appendChild(highlighted(el('strong', 'sentence'), sentence, wordStems));
    highlighted(p, text.slice(at + sentence.length), wordStems);
    return p;
  }

  function copyButton(label, r, whole) {
    var button = el('button', 'secondary', label);
    button.type = 'button';
    button.addEventListener('click', function () {
      copy(clipboardText(r, whole)).then(function () {
        status.textContent = 'Kopierat: ' + (whole ? 'stycket' : 'meningen') + ', adressen och datumet från ”' + r.title + '”.';
      }, function () {
        status.textContent = 'Det gick inte att kopiera. Markera texten och kopiera den själv.';
      });
    });
    return button;
  }

  function deepLink(r, text) {
    var href = safeHref(String(r.deepLink || ''));
    if (!href) {
      return null;
    }
    var a = el('a', 'deep', text);
    a.href = href;
    a.rel = 'noopener noreferrer';
    return a;
  }

  /** A contact card: label, number and e-mail, and the page it is on. */
  function contactItem(c, index) {
    var item = el('li', 'result contact');
    var h = el('h2');
    var name = el('span', '', String(c.label || 'Kommunen'));
    name.tabIndex = -1;
    name.setAttribute('data-result', String(index));
    h.appendChild(el('span', 'badge', 'Kontakt: '));
    h.appendChild(name);
    item.appendChild(h);
    var lines = el('p', 'passage');
    if (c.phone) {
      var tel = el('a', '', String(c.phone));
      tel.href = 'tel:' + String(c.phone).replace(/[^0-9+]/g, '');
      lines.appendChild(document.createTextNode('Telefon: '));
      lines.appendChild(tel);
    }
    if (c.email) {
      if (c.phone) {
        lines.appendChild(el('br'));
      }
      var mail = el('a', '', String(c.email));
      mail.href = 'mailto:' + String(c.email);
      lines.appendChild(document.createTextNode('E-post: '));
      lines.appendChild(mail);
    }
    item.appendChild(lines);
    var meta = [c.title, c.updated ? 'uppdaterad ' + c.updated : '', c.url].filter(Boolean).join(' · ');
    item.appendChild(el('p', 'meta', meta));
    var r = { sentence: String(c.text || ''), passage: String(c.text || ''), title: String(c.title || ''),
      updated: c.updated, url: String(c.url || ''), deepLink: String(c.url || '') };
    item.appendChild(copyButton('Kopiera svar med länk', r, false));
    return item;
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
    item.appendChild(passageWithSentence(r, wordStems));
    var actions = el('p', 'actions');
    actions.appendChild(copyButton('Kopiera svar med länk', r, false));
    actions.appendChild(copyButton('Kopiera hela stycket', r, true));
    var go = deepLink(r, 'Öppna sidan vid meningen');
    if (go) {
      actions.appendChild(go);
    }
    item.appendChild(actions);
    var more = Array.isArray(r.more) ? r.more : [];
    if (more.length > 0) {
      var details = el('details', 'more');
      details.appendChild(el('summary', '', more.length === 1 ? '1 träff till på sidan' : more.length + ' träffar till på sidan'));
      var list = el('ul');
      more.forEach(function (m) {
        var one = el('li');
        if (m.heading) {
          one.appendChild(highlighted(el('p', 'heading'), String(m.heading), wordStems));
        }
        var mr = { passage: String(m.passage || ''), sentence: String(m.sentence || ''), title: r.title,
          updated: r.updated, url: r.url, deepLink: m.deepLink };
        one.appendChild(passageWithSentence(mr, wordStems));
        one.appendChild(copyButton('Kopiera svar med länk', mr, false));
        list.appendChild(one);
      });
      details.appendChild(list);
      item.appendChild(details);
    }
    return item;
  }

  function show(data, query) {
    var list = Array.isArray(data.results) ? data.results : [];
    var contacts = Array.isArray(data.contacts) ? data.contacts : [];
    var wordStems = stems(query);
    results.replaceChildren();
    contacts.forEach(function (c, i) { results.appendChild(contactItem(c || {}, i)); });
    list.forEach(function (r, i) { results.appendChild(resultItem(r || {}, contacts.length + i, wordStems)); });
    var pages = list.length === 0 ? 'inga sidor' : list.length + (list.length === 1 ? ' sida' : ' sidor');
    var cards = contacts.length === 0 ? '' : contacts.length + (contacts.length === 1 ? ' kontaktkort och ' : ' kontaktkort och ');
    status.textContent = list.length === 0 && contacts.length === 0 ? 'Inga träffar på ”' + query + '”.'
      : 'Träffar på ”' + query + '”: ' + cards + pages + '.';
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
