/* Editors' page: indexed pages, re-index, remove, and the unanswered questions. Every call carries the admin
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
      logout('Nyckeln godtogs inte (' + e.status + '): ' + e.message);
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
    where.appendChild(el('div', '', String(page.title || '') + (page.municipality ? ' · ' + page.municipality : '')));
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
    actions.appendChild(again);
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
    if (!window.confirm('Ta bort ' + page.url + ' ur indexet?')) {
      return;
    }
    api('DELETE', '/api/admin/pages?url=' + encodeURIComponent(page.url))
      .then(function () {
        return loadPages().then(function () { $('pages-status').textContent = 'Borttagen: ' + page.url; });
      })
      .catch(function (e) {
        if (!refused(e)) {
          $('pages-status').textContent = 'Det gick inte att ta bort sidan: ' + e.message;
        }
      });
  }

  function summary(body) {
    var list = el('dl');
    Object.keys(body || {}).forEach(function (key) {
      list.appendChild(el('dt', '', key));
      var value = body[key];
      list.appendChild(el('dd', '', typeof value === 'object' ? JSON.stringify(value) : String(value)));
    });
    return list;
  }

  function reindex(target) {
    var out = $('reindex-result');
    out.replaceChildren(el('p', 'status', 'Indexerar om ' + (target.url || target.site) + ' …'));
    api('POST', '/api/admin/reindex', target)
      .then(function (body) {
        out.replaceChildren(el('p', '', 'Klart: ' + (target.url || target.site)), summary(body));
        return loadPages();
      })
      .catch(function (e) {
        if (!refused(e)) {
          out.replaceChildren(el('p', 'error', 'Omindexeringen misslyckades: ' + e.message));
        }
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
        return loadUnanswered();
      })
      .catch(function (e) {
        if (!refused(e)) {
          $('login-status').textContent = 'Fel: ' + e.message;
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
        $('pages-status').textContent = 'Det gick inte att hämta sidorna: ' + e.message;
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
        $('unanswered-status').textContent = 'Det gick inte att hämta frågorna: ' + e.message;
      }
    });
  });

  if (token) {
    enter();
  }
})();
