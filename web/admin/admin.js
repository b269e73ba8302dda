/* Editors' page: indexed pages, re-index (outcomes in plain Swedish, site crawls followed live), removals that
 * last, municipality corrections, residents' feedback and the unanswered questions with CSV exports. Every call carries the admin
 * token as a Bearer header; the token is kept in sessionStorage only (this tab), never in a cookie.
 * Server text is only ever inserted as text. */
(function () {
  'use strict';

  var KEY = 'kommunsvar-admin-token';
  var $ = function (id) { return document.getElementById(id); };
  var token = sessionStorage.getItem(KEY) || '';

  var el = Kommunsvar.el;
  var safeHref = Kommunsvar.safeHref;

  function day(iso) {
    return iso ? String(iso).replace('T', ' ').replace(/(:\d{2})(\.\d+)?Z?$/, '$1').slice(0, 16) : '–';
  }

  /** Calls the admin API; rejects with an Error whose status is the HTTP status. */
  function api(method, path, body) {
    var init = { method: method, headers: { Authorization: 'Bearer ' + token }, cache: 'no-store' };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return Kommunsvar.fetchJson(path, init);
  }

  function refused(e) {
    if (e.status === 401 || e.status === 403) {
      logout(e.status === 403 ? 'Redaktörernas sidor är avstängda på servern: ingen nyckel är inställd.'
        : 'Nyckeln godtogs inte. Kontrollera den och försök igen.');
      return true;
    }
    return false;
  }

  function logout(message) {
    token = '';
    sessionStorage.removeItem(KEY);
    $('workspace').hidden = true;
    $('login').hidden = false;
    $('login-status').textContent = message;
    $('login-status').className = message ? 'status error' : 'status';
    $('token').focus();
  }

  function cell(row, content) {
    var td = el('td');
    if (typeof content === 'string') {
      td.textContent = content;
    } else {
      td.appendChild(content);
    }
    row.appendChild(td);
    return td;
  }

  function pageRow(page) {
    var row = el('tr');
    var where = el('div');
    var href = safeHref(String(page.url || ''));
    var link = el(href ? 'a' : 'span', '', String(page.url || ''));
    if (href) {
      link.href = href;
      link.rel = 'noopener noreferrer';
    }
    where.appendChild(link);
    where.appendChild(el('div', '', String(page.title || '') + (page.municipality ? ' · ' + page.municipality : '')
      + (corrected[page.url] ? ' (kommunen satt av redaktör)' : '')));
    cell(row, where).className = 'url';
    cell(row, page.updated ? String(page.updated) : '–');
    cell(row, day(page.fetched));
    cell(row, String(page.passages));
    var actions = el('div', 'row');
    var again = el('button', 'secondary', 'Indexera om');
    again.type = 'button';
    again.setAttribute('aria-label', 'Indexera om ' + page.url);
    again.addEventListener('click', function () { reindex({ url: page.url }); });
    var remove = el('button', 'danger', 'Ta bort');
    remove.type = 'button';
    remove.setAttribute('aria-label', 'Ta bort ' + page.url);
    remove.addEventListener('click', function () { removePage(page); });
    var place = el('button', 'secondary', 'Ändra kommun');
    place.type = 'button';
    place.setAttribute('aria-label', 'Ändra kommun för ' + page.url);
    place.addEventListener('click', function () {
      $('correct-url').value = page.url;
      $('correct-municipality').value = page.municipality || '';
      $('correct-municipality').focus();
    });
    actions.appendChild(again);
    actions.appendChild(place);
    actions.appendChild(remove);
    cell(row, actions);
    return row;
  }

  function loadPages() {
    var m = $('municipality').value;
    $('pages-status').textContent = 'Hämtar sidor …';
    return api('GET', '/api/admin/pages' + (m ? '?municipality=' + encodeURIComponent(m) : ''))
      .then(function (body) {
        var pages = Array.isArray(body.pages) ? body.pages : [];
        $('pages').replaceChildren.apply($('pages'), pages.map(pageRow));
        $('pages-status').textContent = pages.length + (pages.length === 1 ? ' sida' : ' sidor') + ' i indexet'
          + (m ? ' för ' + m : '') + '.';
      });
  }

  function removePage(page) {
    if (!window.confirm('Ta bort ' + page.url + ' ur indexet? Sidan hålls borta tills du lägger tillbaka den.')) {
      return;
    }
    api('DELETE', '/api/admin/pages?url=' + encodeURIComponent(page.url))
      .then(function () {
        loadExclusions().catch(function () { /* the list says so when it loads next */ });
        return loadPages().then(function () { $('pages-status').textContent = 'Borttagen: ' + page.url; });
      })
      .catch(function (e) {
        if (!refused(e)) {
          $('pages-status').textContent = 'Det gick inte att ta bort sidan: ' + requestFailure(e);
        }
      });
  }

  /** A reason the crawler gives ("http 404", "timeout", a media type …) in plain Swedish. */
  function reason(kind) {
    var k = String(kind || '');
    var http = /^http (\d{3})$/.exec(k);
    if (http) {
      var code = http[1];
      var what = code === '404' || code === '410' ? ' (sidan finns inte)' : code.charAt(0) === '5' ? ' (fel på servern)'
        : code === '401' || code === '403' ? ' (sidan är inte öppen för alla)' : '';
      return 'servern svarade ' + code + what;
    }
    var robots = /^robots\.txt (.+)$/.exec(k);
    if (robots) {
      return 'webbplatsens robots.txt kunde inte läsas: ' + reason(robots[1]);
    }
    var plain = {
      'timeout': 'servern svarade inte i tid',
      'io': 'det gick inte att ansluta till servern',
      'dns': 'det finns ingen server med det namnet',
      'refused': 'adressen får inte hämtas (den är inte en publik adress)',
      'too-large': 'sidan är för stor',
      'redirects': 'för många eller felaktiga omdirigeringar',
      'address': 'adressen är inte giltig',
      'format': 'sidans innehåll gick inte att läsa',
      'robots.txt': 'webbplatsens robots.txt tillåter inte att sidan hämtas',
      'off-site redirect': 'sidan skickar vidare till en annan webbplats',
      'binary': 'det är ingen textsida',
      'removed by an editor': 'en redaktör har tagit bort sidan',
      'corpus': 'den sparade kopian är skadad',
      'missing': 'filen saknas',
      'sitemap': 'webbplatskartan gick inte att läsa'
    };
    if (plain[k]) {
      return plain[k];
    }
    if (/^[a-z]+\/[a-z0-9.+-]+$/i.test(k)) {
      return 'det är ingen webbsida utan en fil av typen ' + k;
    }
    return 'okänd orsak (' + k + ')';
  }

  function passages(n) {
    return n + (n === 1 ? ' stycke' : ' stycken');
  }

  /** One page's re-index result in plain Swedish: [sentence, failed?]. */
  function pageOutcome(r) {
    switch (r.outcome) {
      case 'new': return ['Sidan är tillagd i indexet med ' + passages(r.passages) + '.', false];
      case 'changed': return ['Sidan är uppdaterad i indexet: ' + passages(r.passages) + '.', false];
      case 'unchanged': return ['Sidan är oförändrad sedan den hämtades senast. Inget behövde göras.', false];
      case 'removed': return ['Sidan finns inte längre på webbplatsen (' + reason(r.detail) + ') och är borttagen ur indexet.', false];
      case 'skipped': return ['Sidan lades inte till: ' + reason(r.detail) + '.', true];
      default: return ['Sidan kunde inte hämtas: ' + reason(r.detail) + '.', true];
    }
  }

  /** Shows an outcome box: a success in the status region, a failure as an alert with its own colour and text. */
  function showOutcome(lines, failed, extra) {
    var box = el('div', failed ? 'outcome failure' : 'outcome');
    lines.forEach(function (line, i) {
      box.appendChild(el('p', '', (i === 0 ? (failed ? 'Misslyckades: ' : 'Klart: ') : '') + line));
    });
    if (extra) {
      box.appendChild(extra);
    }
    $('reindex-status').replaceChildren();
    $('reindex-alert').replaceChildren();
    $(failed ? 'reindex-alert' : 'reindex-status').appendChild(box);
  }

  /** The Swedish sentence for an error the server sent back, by its HTTP status. */
  function requestFailure(e) {
    if (e.status === 409) {
      return 'En genomsökning pågår redan. Vänta tills den är klar.';
    }
    if (e.status === 400 && /not a public address/.test(e.message)) {
      return 'Adressen får inte hämtas: den är inte en publik adress.';
    }
    if (e.status === 400) {
      return 'Adressen gick inte att använda. Kontrollera att den börjar med https:// eller http://.';
    }
    if (e.status === 429) {
      return 'För många förfrågningar just nu. Vänta en stund och försök igen.';
    }
    return 'Servern kunde inte utföra det (fel ' + (e.status || 'utan svar') + ').';
  }

  function reindex(target) {
    $('reindex-alert').replaceChildren();
    $('reindex-status').replaceChildren(el('p', 'status', 'Indexerar om ' + (target.url || target.site) + ' …'));
    api('POST', '/api/admin/reindex', target)
      .then(function (body) {
        if (target.site) {
          followCrawl();
          return undefined;
        }
        var r = body.result || {};
        var outcome = pageOutcome(r);
        showOutcome([outcome[0], 'Adress: ' + (r.url || target.url)], outcome[1]);
        loadExclusions().catch(function () { /* shown when it loads next */ });
        return loadPages();
      })
      .catch(function (e) {
        if (!refused(e)) {
          showOutcome([requestFailure(e)], true);
        }
      });
  }

  function counts(summary) {
    var list = el('dl', 'counts');
    [['Nya', summary['new']], ['Ändrade', summary.changed], ['Oförändrade', summary.unchanged],
      ['Borttagna', summary.removed], ['Överhoppade', summary.skipped], ['Misslyckade', summary.failed]]
      .forEach(function (pair) {
        list.appendChild(el('dt', '', pair[0]));
        list.appendChild(el('dd', '', String(pair[1] || 0)));
      });
    return list;
  }

  function byReason(title, kinds) {
    var keys = Object.keys(kinds || {});
    if (keys.length === 0) {
      return null;
    }
    var wrap = el('div');
    wrap.appendChild(el('p', '', title));
    var list = el('ul');
    keys.forEach(function (k) { list.appendChild(el('li', '', reason(k) + ': ' + kinds[k])); });
    wrap.appendChild(list);
    return wrap;
  }

  /** A crawl report's summary as plain text and lists: counts, reasons, failed addresses. */
  function crawlSummary(report) {
    var wrap = el('div');
    var s = report.summary;
    if (!s) {
      wrap.appendChild(el('p', '', 'Genomsökningen avbröts utan sammanställning: ' + String(report.outcome || 'okänd orsak') + '.'));
      return wrap;
    }
    wrap.appendChild(counts(s));
    var failedBy = byReason('Misslyckade, efter orsak:', s.failedBy);
    if (failedBy) {
      failedBy.className = 'error';
    }
    [byReason('Överhoppade, efter orsak:', s.skippedBy), failedBy]
      .forEach(function (part) { if (part) { wrap.appendChild(part); } });
    var failed = Array.isArray(report.failedPages) ? report.failedPages : [];
    if (failed.length > 0) {
      wrap.appendChild(el('p', 'error', 'Sidor som inte kunde hämtas:'));
      var list = el('ul', 'error');
      failed.forEach(function (f) { list.appendChild(el('li', '', String(f.url) + ' – ' + reason(f.reason))); });
      wrap.appendChild(list);
    }
    return wrap;
  }

  function crawlFailed(report) {
    return !report.summary || (report.summary.failed > 0 && report.summary['new'] + report.summary.changed
      + report.summary.unchanged + report.summary.removed === 0);
  }

  var following = null;

  /** Polls the running crawl once a second: progress while it runs, its summary when it has ended. */
  function followCrawl() {
    if (following) {
      clearTimeout(following);
    }
    api('GET', '/api/admin/crawls').then(function (body) {
      var c = body.current;
      if (!c) {
        return;
      }
      $('crawl').hidden = false;
      if (c.running) {
        $('crawl-text').textContent = 'Genomsöker ' + c.site + ': ' + c.done + ' av ' + c.found + ' hittade sidor klara.';
        $('crawl-progress').max = Math.max(1, c.found);
        $('crawl-progress').value = c.done;
        $('crawl-current').textContent = c.current ? 'Hämtar nu: ' + c.current : '';
        $('crawl-summary').replaceChildren();
        following = setTimeout(followCrawl, 1000);
        return;
      }
      following = null;
      $('crawl-text').textContent = 'Genomsökningen av ' + c.site + ' är klar: ' + c.done + ' av ' + c.found + ' sidor hämtade.';
      $('crawl-progress').max = Math.max(1, c.found);
      $('crawl-progress').value = c.found;
      $('crawl-current').textContent = '';
      $('crawl-summary').replaceChildren();
      var failed = crawlFailed(c);
      var some = c.summary && c.summary.failed > 0;
      var line = failed ? 'Genomsökningen av ' + c.site + ' gav inga sidor.'
        : 'Genomsökningen av ' + c.site + ' är klar' + (some ? ', men ' + c.summary.failed
          + (c.summary.failed === 1 ? ' sida' : ' sidor') + ' kunde inte hämtas.' : '.');
      showOutcome([line], failed, crawlSummary(c));
      loadPages().catch(function () { /* the list says so when it loads next */ });
      loadHistory().catch(function () { /* idem */ });
    }).catch(function (e) {
      if (!refused(e)) {
        following = setTimeout(followCrawl, 3000);
      }
    });
  }

  function loadHistory() {
    return api('GET', '/api/admin/crawls').then(function (body) {
      var history = Array.isArray(body.history) ? body.history : [];
      $('history').replaceChildren.apply($('history'), history.map(function (h) {
        var row = el('tr');
        var where = el('p', 'url', String(h.site || ''));
        cell(row, where).className = 'url';
        cell(row, day(h.finished));
        cell(row, crawlSummary(h));
        return row;
      }));
      $('history-status').textContent = history.length === 0 ? 'Inga genomsökningar sparade ännu.'
        : history.length + (history.length === 1 ? ' genomsökning.' : ' genomsökningar.');
      if (body.current && body.current.running && !following) {
        followCrawl();
      }
    });
  }

  function loadSites() {
    return api('GET', '/api/admin/sites').then(function (body) {
      var sites = Array.isArray(body.sites) ? body.sites : [];
      $('sites').replaceChildren.apply($('sites'), sites.map(function (x) {
        var hours = x.everyHours;
        var when = hours ? 'genomsöks var ' + (hours === 1 ? 'timme' : (hours % 24 === 0
          ? (hours === 24 ? 'dag' : hours / 24 + ':e dag') : hours + ':e timme')) : 'genomsöks bara när en redaktör ber om det';
        var item = el('li', 'url', String(x.municipality) + ': ' + (x.start || []).join(', ') + ' – ' + when
          + (x.publishHook ? '; publiceringskrok finns' : ''));
        return item;
      }));
      $('sites-status').textContent = sites.length === 0 ? 'Ingen webbplatsfil: webbplatser genomsöks bara när en '
        + 'redaktör ber om det.' : sites.length + (sites.length === 1 ? ' webbplats.' : ' webbplatser.');
    });
  }

  var corrected = {};

  function loadExclusions() {
    return api('GET', '/api/admin/exclusions').then(function (body) {
      var items = Array.isArray(body.exclusions) ? body.exclusions : [];
      var bySite = {};
      items.forEach(function (x) { (bySite[x.site] = bySite[x.site] || []).push(x); });
      var parts = [];
      Object.keys(bySite).sort().forEach(function (site) {
        parts.push(el('h3', '', site || 'Utan webbplats'));
        var list = el('ul');
        bySite[site].forEach(function (x) {
          var item = el('li');
          item.appendChild(el('span', 'url', String(x.url) + (x.title ? ' (' + x.title + ')' : '') + ', borttagen '
            + day(x.removed) + ' '));
          var back = el('button', 'secondary', 'Lägg tillbaka');
          back.type = 'button';
          back.setAttribute('aria-label', 'Lägg tillbaka ' + x.url);
          back.addEventListener('click', function () { readd(x); });
          item.appendChild(back);
          list.appendChild(item);
        });
        parts.push(list);
      });
      $('excluded').replaceChildren.apply($('excluded'), parts);
      $('excluded-status').textContent = items.length === 0 ? 'Inga sidor är borttagna.'
        : items.length + (items.length === 1 ? ' sida är borttagen.' : ' sidor är borttagna.');
    });
  }

  function readd(x) {
    api('DELETE', '/api/admin/exclusions?url=' + encodeURIComponent(x.url))
      .then(function () {
        return loadExclusions().then(function () {
          $('excluded-status').textContent = 'Tillbakalagd: ' + x.url + '. Sidan kommer med igen nästa gång den '
            + 'indexeras om, webbplatsen genomsöks eller indexet byggs om.';
        });
      })
      .catch(function (e) {
        if (!refused(e)) {
          $('excluded-status').textContent = 'Det gick inte att lägga tillbaka sidan: ' + requestFailure(e);
        }
      });
  }

  function loadCorrections() {
    return api('GET', '/api/admin/corrections').then(function (body) {
      corrected = {};
      (Array.isArray(body.corrections) ? body.corrections : []).forEach(function (c) { corrected[c.url] = c.municipality; });
      var names = Array.isArray(body.municipalities) ? body.municipalities : [];
      $('known-municipalities').replaceChildren.apply($('known-municipalities'), names.map(function (n) {
        var option = el('option');
        option.value = String(n);
        return option;
      }));
    });
  }

  function correct() {
    var url = $('correct-url').value.trim();
    var name = $('correct-municipality').value.trim();
    var out = $('correct-result');
    out.replaceChildren(el('p', 'status', 'Sparar …'));
    api('PUT', '/api/admin/pages/municipality', { url: url, municipality: name || null })
      .then(function (body) {
        var text = body.municipality ? 'Klart: ' + url + ' hör nu till ' + body.municipality + '.'
          : 'Klart: sökroboten avgör åter vilken kommun ' + url + ' hör till.';
        if (!body.applied) {
          text += ' Ändringen syns när pågående genomsökning är klar och indexet byggs om.';
        }
        var box = el('div', 'outcome');
        box.setAttribute('role', 'status');
        box.appendChild(el('p', '', text));
        out.replaceChildren(box);
        return loadCorrections().then(loadPages);
      })
      .catch(function (e) {
        if (!refused(e)) {
          var box = el('div', 'outcome failure');
          box.setAttribute('role', 'alert');
          var why = e.status === 404 ? 'det finns ingen sida med den adressen i indexet.'
            : e.status === 400 && /municipality is called/.test(e.message) ? 'det finns ingen kommun med det namnet.'
              : requestFailure(e);
          box.appendChild(el('p', '', 'Misslyckades: kommunen kunde inte ändras: ' + why));
          out.replaceChildren(box);
        }
      });
  }

  /** Fetches a CSV export with the token and hands it to the browser as a download. */
  function download(path, fileName, status) {
    var init = { headers: { Authorization: 'Bearer ' + token }, cache: 'no-store', credentials: 'omit' };
    fetch(path, init).then(function (response) {
      if (!response.ok) {
        var error = new Error('HTTP ' + response.status);
        error.status = response.status;
        throw error;
      }
      return response.blob();
    }).then(function (blob) {
      var link = el('a');
      link.href = URL.createObjectURL(blob);
      link.download = fileName;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
      $(status).textContent = 'Nedladdad: ' + fileName;
    }).catch(function (e) {
      if (!refused(e)) {
        $(status).textContent = 'Det gick inte att ladda ner filen: ' + requestFailure(e);
      }
    });
  }

  function feedbackPage(p) {
    var wrap = el('div');
    var title = p.url ? String(p.title || p.url) : 'Svar utan källa (ingen sida citerades)';
    wrap.appendChild(el('h3', '', title));
    if (p.url) {
      wrap.appendChild(el('p', 'url', String(p.url) + (p.municipality ? ' · ' + p.municipality : '')));
    }
    wrap.appendChild(el('p', '', 'Ja: ' + p.yes + ', Nej: ' + p.no));
    var questions = Array.isArray(p.questions) ? p.questions : [];
    if (questions.length > 0) {
      var list = el('ul');
      questions.forEach(function (q) {
        list.appendChild(el('li', '', String(q.question) + (q.count > 1 ? ' (' + q.count + ' gånger)' : '')
          + ', senast ' + day(q.lastSeen)));
      });
      wrap.appendChild(list);
    }
    return wrap;
  }

  function loadFeedback() {
    return api('GET', '/api/admin/feedback').then(function (body) {
      var pages = Array.isArray(body.pages) ? body.pages : [];
      $('feedback').replaceChildren.apply($('feedback'), pages.map(feedbackPage));
      var no = pages.reduce(function (n, p) { return n + (p.no || 0); }, 0);
      $('feedback-status').textContent = pages.length === 0 ? 'Inga svar från invånare sparade.'
        : no + (no === 1 ? ' svar' : ' svar') + ' med ”Nej” på ' + pages.length + (pages.length === 1 ? ' sida.' : ' sidor.');
    });
  }

  function unansweredRow(q) {
    var row = el('tr');
    cell(row, String(q.question || ''));
    cell(row, q.municipality ? String(q.municipality) : '–');
    cell(row, String(q.count));
    cell(row, day(q.firstSeen));
    cell(row, day(q.lastSeen));
    return row;
  }

  function loadUnanswered() {
    return api('GET', '/api/admin/unanswered').then(function (body) {
      var questions = Array.isArray(body.questions) ? body.questions : [];
      $('unanswered').replaceChildren.apply($('unanswered'), questions.map(unansweredRow));
      $('unanswered-status').textContent = questions.length === 0 ? 'Inga obesvarade frågor sparade.'
        : questions.length + (questions.length === 1 ? ' fråga.' : ' olika frågor.');
    });
  }

  function enter() {
    $('login-status').textContent = 'Kontrollerar nyckeln …';
    $('login-status').className = 'status';
    loadPages()
      .then(function () {
        sessionStorage.setItem(KEY, token);
        $('login').hidden = true;
        $('workspace').hidden = false;
        $('login-status').textContent = 'Inloggad.';
        $('pages-title').setAttribute('tabindex', '-1');
        $('pages-title').focus();
        Kommunsvar.fillMunicipalities($('municipality')).catch(function () { /* only "Alla kommuner" then */ });
        return Promise.all([loadUnanswered(), loadFeedback(), loadExclusions(), loadHistory(), loadCorrections(),
          loadSites()]);
      })
      .catch(function (e) {
        if (!refused(e)) {
          $('login-status').textContent = 'Fel: ' + requestFailure(e);
          $('login-status').className = 'status error';
        }
      });
  }

  $('login').addEventListener('submit', function (event) {
    event.preventDefault();
    token = $('token').value.trim();
    $('token').value = '';
    if (!token) {
      $('login-status').textContent = 'Skriv nyckeln först.';
      return;
    }
    enter();
  });
  $('logout').addEventListener('click', function () { logout('Utloggad.'); });
  $('pages-filter').addEventListener('submit', function (event) {
    event.preventDefault();
    loadPages().catch(function (e) {
      if (!refused(e)) {
        $('pages-status').textContent = 'Det gick inte att hämta sidorna: ' + requestFailure(e);
      }
    });
  });
  $('reindex').addEventListener('submit', function (event) {
    event.preventDefault();
    var address = $('reindex-url').value.trim();
    var target = {};
    target[$('reindex-kind').value] = address;
    reindex(target);
  });
  $('unanswered-refresh').addEventListener('click', function () {
    loadUnanswered().catch(function (e) {
      if (!refused(e)) {
        $('unanswered-status').textContent = 'Det gick inte att hämta frågorna: ' + requestFailure(e);
      }
    });
  });

  $('correct').addEventListener('submit', function (event) {
    event.preventDefault();
    correct();
  });
  $('feedback-refresh').addEventListener('click', function () {
    loadFeedback().catch(function (e) {
      if (!refused(e)) {
        $('feedback-status').textContent = 'Det gick inte att hämta svaren: ' + requestFailure(e);
      }
    });
  });
  $('feedback-csv').addEventListener('click', function () {
    download('/api/admin/feedback.csv', 'aterkoppling.csv', 'feedback-status');
  });
  $('unanswered-csv').addEventListener('click', function () {
    download('/api/admin/unanswered.csv', 'obesvarade-fragor.csv', 'unanswered-status');
  });

  if (token) {
    enter();
  }
})();
