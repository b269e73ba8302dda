/* Shared by the staff and editors' pages (the widget stays self-contained): building elements, safe links, JSON
 * calls to our API that fail with the server's message, and the municipality list. Server text is only ever
 * inserted as text. */
var Kommunsvar = (function () {
  'use strict';

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function safeHref(url) {
    try {
      var parsed = new URL(url);
      return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  /** Calls our API without cookies; rejects with an Error whose message is the server's and whose status is the
   * HTTP status. A body that is not JSON reads as {}; an aborted call rejects with the AbortError. */
  function fetchJson(path, init) {
    return fetch(path, Object.assign({ credentials: 'omit' }, init)).then(function (response) {
      return response.json().catch(function (e) {
        if (e && e.name === 'AbortError') {
          throw e;
        }
        return {};
      }).then(function (json) {
        if (!response.ok) {
          var error = new Error(json && json.error ? json.error : 'HTTP ' + response.status);
          error.status = response.status;
          throw error;
        }
        return json;
      });
    });
  }

  /** Fills a select with the municipalities the server knows, after its first option ("Alla kommuner"). */
  function fillMunicipalities(select) {
    return fetch('/api/municipalities', { credentials: 'omit' })
      .then(function (response) { return response.ok ? response.json() : { municipalities: [] }; })
      .then(function (body) {
        select.replaceChildren(select.options[0]);
        (body.municipalities || []).forEach(function (name) {
          var option = el('option', '', String(name));
          option.value = String(name);
          select.appendChild(option);
        });
      });
  }

  return Object.freeze({ el: el, safeHref: safeHref, fetchJson: fetchJson, fillMunicipalities: fillMunicipalities });
})();
