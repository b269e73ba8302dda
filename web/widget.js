/*
 * Kommunsvar chat widget. Embed with one tag:
 *   <script src="https://kommunsvar.example/widget.js" data-municipality="Hedemora"
 *           data-api="https://kommunsvar.example"></script>
 * Self-contained: no framework, no cookies, no requests except to data-api (default: where this script came from).
 * Everything the server sends is inserted as text, never as HTML. Styles live in an open shadow root
 * (a constructed stylesheet, so a strict host Content-Security-Policy without 'unsafe-inline' still applies them).
 * data-mode="page" with data-target="<element id>" renders the chat inline instead of behind a launcher button.
 * data-choice="<select id>" names a <select> on the page where the resident chooses a municipality: the widget fills it
 * from /api/municipalities, remembers the choice in localStorage and sends it with each question.
 * A question back from the server ("Vilken kommun gäller det?") is shown with one button per municipality; a button
 * asks the same question again for that municipality. The empty chat offers example questions (/api/examples).
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script) {
    return;
  }
  var TIMEOUT_MS = Number(script.getAttribute('data-timeout')) || 10000;
  var municipality = (script.getAttribute('data-municipality') || '').trim();
  var apiBase = (script.getAttribute('data-api') || new URL(script.src, document.baseURI).origin).replace(/\/+$/, '');
  var pageMode = script.getAttribute('data-mode') === 'page';
  var choice = script.getAttribute('data-choice') ? document.getElementById(script.getAttribute('data-choice')) : null;
  var CHOICE_KEY = 'kommunsvar.municipality';

  var TEXT = {
    sv: {
      launcher: 'Fråga kommunen',
      title: municipality ? 'Fråga ' + municipality + ' kommun' : 'Fråga kommunen',
      notice: 'Svaren är citat från kommunens webbsidor. Följ länken till källan för att läsa mer.',
      close: 'Stäng chatten',
      label: 'Din fråga',
      placeholder: 'Skriv din fråga här',
      send: 'Skicka',
      log: 'Samtal',
      you: 'Du',
      assistant: 'Svar',
      sources: 'Källor',
      related: 'Sidor som kan handla om detta',
      updated: 'uppdaterad',
      page: 's.',
      newTab: '(öppnas i ny flik)',
      waiting: 'Söker svar …',
      slow: 'Servern svarar inte just nu. Försök igen om en stund.',
      failed: 'Det gick inte att få något svar: ',
      retry: 'Försök igen',
      empty: 'Skriv en fråga först.',
      feedback: 'Fick du svar på din fråga?',
      yes: 'Ja',
      no: 'Nej',
      thanks: 'Tack för ditt svar!',
      feedbackFailed: 'Det gick inte att skicka ditt svar. Försök igen.',
      examples: 'Exempel på frågor du kan ställa:'
    },
    en: {
      launcher: 'Ask the municipality',
      title: municipality ? 'Ask ' + municipality + ' municipality' : 'Ask the municipality',
      notice: 'The answers are quotations from the municipality\u2019s web pages (in Swedish). Follow the link to read more.',
      close: 'Close the chat',
      label: 'Your question',
      placeholder: 'Type your question here',
      send: 'Send',
      log: 'Conversation',
      you: 'You',
      assistant: 'Answer',
      sources: 'Sources',
      related: 'Pages that may be about this',
      updated: 'updated',
      page: 'p.',
      newTab: '(opens in a new tab)',
      waiting: 'Looking for an answer …',
      slow: 'The server is not answering right now. Please try again in a moment.',
      failed: 'Could not get an answer: ',
      retry: 'Try again',
      empty: 'Type a question first.',
      feedback: 'Did you get an answer to your question?',
      yes: 'Yes',
      no: 'No',
      thanks: 'Thank you for your answer!',
      feedbackFailed: 'Your answer could not be sent. Please try again.',
      examples: 'Examples of questions you can ask:'
    }
  };

  var CSS = [
    ':host { all: initial; }',
    '.ks, .ks * { box-sizing: border-box; }',
    '.ks { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; }',
    '.ks-launcher { position: fixed; right: 1rem; bottom: 1rem; z-index: 2147483000; min-height: 48px; min-width: 48px;',
    '  padding: 0.75rem 1.25rem; border: 2px solid #ffffff; border-radius: 24px; background: #0b4f8a; color: #ffffff;',
    '  font: inherit; font-weight: 600; cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,0.35); }',
    '.ks-launcher:hover { background: #083a66; }',
    'button:focus-visible, input:focus-visible, a:focus-visible, .ks-log:focus-visible {',
    '  outline: 3px solid #c75000; outline-offset: 2px; }',
    '.ks-panel { position: fixed; right: 1rem; bottom: 5rem; z-index: 2147483001; width: 24rem; max-width: calc(100vw - 1rem);',
    '  max-height: calc(100vh - 6rem); display: flex; flex-direction: column; background: #ffffff;',
    '  border: 1px solid #5c5c5c; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,0.3); overflow: hidden; }',
    '.ks-panel[hidden] { display: none; }',
    '@media (max-width: 30rem) { .ks-panel { right: 0.5rem; left: 0.5rem; width: auto; max-width: none; bottom: 4.5rem; } }',
    '.ks-page .ks-panel { position: static; width: 100%; max-width: none; max-height: none; min-height: 24rem;',
    '  box-shadow: none; }',
    '.ks-page .ks-log { max-height: 60vh; }',
    '.ks-head { display: flex; align-items: center; justify-content: space-between; gap: 0.5rem;',
    '  padding: 0.5rem 0.5rem 0.5rem 1rem; background: #0b4f8a; color: #ffffff; }',
    '.ks-title { margin: 0; font-size: 1.0625rem; font-weight: 700; }',
    '.ks-close { min-width: 44px; min-height: 44px; border: 2px solid transparent; border-radius: 4px; background: transparent;',
    '  color: #ffffff; font: inherit; font-size: 1.5rem; line-height: 1; cursor: pointer; }',
    '.ks-close:hover { border-color: #ffffff; }',
    '.ks-notice { margin: 0; padding: 0.5rem 1rem; background: #f2f6fa; border-bottom: 1px solid #d0d7de; font-size: 0.875rem; color: #1a1a1a; }',
    '.ks-log { flex: 1 1 auto; overflow-y: auto; padding: 0.75rem 1rem; min-height: 8rem; }',
    '.ks-msg { margin: 0 0 0.75rem; padding: 0.5rem 0.75rem; border-radius: 8px; overflow-wrap: anywhere; }',
    '.ks-msg-you { background: #e8eef5; margin-left: 2rem; }',
    '.ks-msg-bot { background: #f7f7f7; border: 1px solid #d0d7de; margin-right: 1rem; }',
    '.ks-who { display: block; font-size: 0.8125rem; font-weight: 700; color: #3d3d3d; }',
    '.ks-text { margin: 0.25rem 0 0; white-space: pre-line; }',
    '.ks-sources { margin: 0.5rem 0 0; padding-left: 1.25rem; font-size: 0.9375rem; }',
    '.ks-sources li { margin: 0.25rem 0; }',
    '.ks-sources a { color: #0b4f8a; text-decoration: underline; display: inline-block; min-height: 24px; }',
    '.ks-related { margin: 0.5rem 0 0; padding-left: 1.25rem; font-size: 0.9375rem; }',
    '.ks-related li { margin: 0.25rem 0; }',
    '.ks-related a { color: #0b4f8a; text-decoration: underline; display: inline-block; min-height: 24px; }',
    '.ks-date { color: #3d3d3d; }',
    '.ks-status { min-height: 1.5rem; padding: 0 1rem; font-size: 0.9375rem; color: #3d3d3d; }',
    '.ks-error { margin: 0 1rem 0.5rem; padding: 0.5rem 0.75rem; border: 2px solid #b00020; border-radius: 6px; color: #8a0019; background: #fff5f6; }',
    '.ks-error[hidden] { display: none; }',
    '.ks-error p { margin: 0 0 0.5rem; }',
    '.ks-form { display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0.75rem 1rem; border-top: 1px solid #d0d7de; }',
    '.ks-label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }',
    '.ks-input { flex: 1 1 10rem; min-width: 0; min-height: 44px; padding: 0.5rem 0.75rem; border: 2px solid #5c5c5c;',
    '  border-radius: 6px; font: inherit; color: #1a1a1a; background: #ffffff; }',
    '.ks-input::placeholder { color: #595959; }',
    '.ks-send, .ks-retry { min-height: 44px; min-width: 44px; padding: 0.5rem 1rem; border: 2px solid #0b4f8a; border-radius: 6px;',
    '  background: #0b4f8a; color: #ffffff; font: inherit; font-weight: 600; cursor: pointer; }',
    '.ks-send:hover, .ks-retry:hover { background: #083a66; }',
    '.ks-send[disabled] { background: #5c5c5c; border-color: #5c5c5c; cursor: wait; }',
    '.ks-feedback { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; margin: 0.5rem 0 0;',
    '  padding-top: 0.5rem; border-top: 1px solid #d0d7de; }',
    '.ks-feedback p { margin: 0; font-size: 0.9375rem; }',
    '.ks-feedback p:focus { outline: none; }',
    '.ks-fb { min-height: 44px; min-width: 44px; padding: 0.25rem 0.75rem; border: 2px solid #0b4f8a; border-radius: 6px;',
    '  background: #ffffff; color: #0b4f8a; font: inherit; font-weight: 600; cursor: pointer; }',
    '.ks-fb:hover { background: #e8eef5; }',
    '.ks-fb[disabled] { cursor: wait; }',
    '.ks-choices, .ks-examples { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.5rem 0 0; padding: 0; list-style: none; }',
    '.ks-examples-intro { margin: 0 0 0.25rem; font-size: 0.9375rem; }',
    '.ks-choice, .ks-example { min-height: 44px; min-width: 44px; padding: 0.25rem 0.75rem; border: 2px solid #0b4f8a;',
    '  border-radius: 6px; background: #ffffff; color: #0b4f8a; font: inherit; text-align: left; cursor: pointer; }',
    '.ks-choice { font-weight: 600; }',
    '.ks-choice:hover, .ks-example:hover { background: #e8eef5; }'
  ].join('\n');

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

  function applyStyles(root) {
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } catch (e) {
      root.appendChild(el('style', '', CSS));
    }
  }

  var ENGLISH = /(?<!\p{L})(what|how|when|where|which|who|why|is|are|does|do|can|the|my|you|of|to|for|and|with|opening|hours)(?!\p{L})/gu;
  var SWEDISH = /(?<!\p{L})(vad|hur|när|var|vilka|vilken|vem|varför|är|kan|jag|min|mitt|du|och|för|till|som|det|om|på|i|att|har|med)(?!\p{L})/gu;

  /** 'en' when the message reads as English, else 'sv'. */
  function languageOf(message) {
    var lower = message.toLowerCase();
    var en = (lower.match(ENGLISH) || []).length;
    var sv = (lower.match(SWEDISH) || []).length + (/[åäö]/.test(lower) ? 2 : 0);
    return en > sv ? 'en' : 'sv';
  }

  function safeHref(url) {
    try {
      var parsed = new URL(url);
      return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  /** The municipality questions are about: the one chosen on the page, else the one the widget is embedded for. */
  function currentMunicipality() {
    return choice && choice.value ? choice.value : municipality;
  }

  var lang = 'sv';
  var conversationId = null;
  var lastQuestion = null;
  var busy = false;

  var host = el('div');
  host.setAttribute('data-kommunsvar', '');
  var shadow = host.attachShadow({ mode: 'open' });
  applyStyles(shadow);

  var root = el('div', pageMode ? 'ks ks-page' : 'ks');
  root.setAttribute('lang', 'sv');
  var launcher = el('button', 'ks-launcher');
  launcher.type = 'button';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', 'ks-panel');

  var panel = el('section', 'ks-panel');
  panel.id = 'ks-panel';
  panel.setAttribute('aria-labelledby', 'ks-title');
  var head = el('div', 'ks-head');
  var title = el('h2', 'ks-title');
  title.id = 'ks-title';
  var close = el('button', 'ks-close', '\u00d7');
  close.type = 'button';
  head.appendChild(title);
  if (!pageMode) {
    head.appendChild(close);
  }
  var notice = el('p', 'ks-notice');
  var log = el('div', 'ks-log');
  log.setAttribute('role', 'log');
  log.setAttribute('aria-live', 'polite');
  log.setAttribute('tabindex', '0');
  var status = el('div', 'ks-status');
  status.setAttribute('role', 'status');
  var errorBox = el('div', 'ks-error');
  errorBox.setAttribute('role', 'alert');
  errorBox.hidden = true;
  var errorText = el('p');
  var retry = el('button', 'ks-retry');
  retry.type = 'button';
  errorBox.appendChild(errorText);
  errorBox.appendChild(retry);
  var form = el('form', 'ks-form');
  form.setAttribute('novalidate', '');
  var label = el('label', 'ks-label');
  label.setAttribute('for', 'ks-input');
  var input = el('input', 'ks-input');
  input.id = 'ks-input';
  input.type = 'text';
  input.maxLength = 1000;
  input.autocomplete = 'off';
  var send = el('button', 'ks-send');
  send.type = 'submit';
  form.appendChild(label);
  form.appendChild(input);
  form.appendChild(send);
  panel.appendChild(head);
  panel.appendChild(notice);
  panel.appendChild(log);
  panel.appendChild(status);
  panel.appendChild(errorBox);
  panel.appendChild(form);
  if (!pageMode) {
    root.appendChild(launcher);
    panel.hidden = true;
  }
  root.appendChild(panel);
  shadow.appendChild(root);

  function t(key) {
    return TEXT[lang][key];
  }

  function applyLanguage() {
    root.setAttribute('lang', lang);
    launcher.textContent = t('launcher');
    title.textContent = t('title');
    notice.textContent = t('notice');
    close.setAttribute('aria-label', t('close'));
    label.textContent = t('label');
    input.placeholder = t('placeholder');
    send.textContent = t('send');
    log.setAttribute('aria-label', t('log'));
    retry.textContent = t('retry');
  }

  function open() {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    input.focus();
  }

  function closePanel() {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  function addQuestion(text) {
    var msg = el('div', 'ks-msg ks-msg-you');
    msg.appendChild(el('span', 'ks-who', t('you')));
    msg.appendChild(el('p', 'ks-text', text));
    log.appendChild(msg);
    log.scrollTop = log.scrollHeight;
  }

  function sourceItem(citation) {
    var item = el('li');
    var href = safeHref(String(citation.deepLink || citation.link || citation.url || ''));
    var name = String(citation.title || citation.url || '');
    if (citation.page > 0) {
      name += ', ' + t('page') + ' ' + String(Number(citation.page));
    }
    if (href) {
      var link = el('a', '', name);
      link.href = href;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.appendChild(el('span', 'ks-label', ' ' + t('newTab')));
      item.appendChild(link);
    } else {
      item.appendChild(document.createTextNode(name));
    }
    if (citation.updated) {
      item.appendChild(el('span', 'ks-date', ' (' + t('updated') + ' ' + String(citation.updated) + ')'));
    }
    return item;
  }

  function addAnswer(answer) {
    var msg = el('div', 'ks-msg ks-msg-bot');
    msg.appendChild(el('span', 'ks-who', t('assistant')));
    var text = el('p', 'ks-text', String(answer.answer || ''));
    text.setAttribute('lang', 'sv');
    msg.appendChild(text);
    var citations = Array.isArray(answer.citations) ? answer.citations : [];
    if (citations.length > 0) {
      msg.appendChild(el('span', 'ks-who', t('sources')));
      var list = el('ul', 'ks-sources');
      list.setAttribute('lang', 'sv');
      citations.forEach(function (c) { list.appendChild(sourceItem(c || {})); });
      msg.appendChild(list);
    } else if (!answer.answered && Array.isArray(answer.related) && answer.related.length > 0) {
      // an abstention's suggestions: pages to read, never shown as sources of an answer
      msg.appendChild(el('span', 'ks-who', t('related')));
      var related = el('ul', 'ks-related');
      related.setAttribute('lang', 'sv');
      answer.related.slice(0, 3).forEach(function (r) { related.appendChild(sourceItem(r || {})); });
      msg.appendChild(related);
    }
    if (answer.clarify && Array.isArray(answer.clarify.choices)) {
      msg.appendChild(choiceButtons(answer.clarify.choices, text));
    }
    log.appendChild(msg);
    log.scrollTop = log.scrollHeight;
  }

  /** One button per municipality under a question back; a click asks the last question again for that municipality
   * (and makes it the page's choice). The buttons are labelled by the question they answer. */
  function choiceButtons(choices, questionText) {
    var asked = lastQuestion;
    var list = el('ul', 'ks-choices');
    questionText.id = 'ks-q-' + log.childNodes.length;
    list.setAttribute('aria-labelledby', questionText.id);
    choices.forEach(function (name) {
      var item = el('li');
      var button = el('button', 'ks-choice', String(name));
      button.type = 'button';
      button.addEventListener('click', function () {
        if (busy) {
          return;
        }
        remember(String(name));
        list.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
        addQuestion(String(name));
        ask(asked, String(name));
      });
      item.appendChild(button);
      list.appendChild(item);
    });
    return list;
  }

  /** Example questions in the empty chat, from GET /api/examples: questions the loaded pages answer. */
  function showExamples() {
    var params = currentMunicipality() ? '?municipality=' + encodeURIComponent(currentMunicipality()) : '';
    fetch(apiBase + '/api/examples' + params, { credentials: 'omit', mode: 'cors', referrerPolicy: 'no-referrer' })
      .then(function (response) { return response.ok ? response.json() : { examples: [] }; })
      .then(function (body) {
        var examples = Array.isArray(body.examples) ? body.examples : [];
        if (examples.length === 0 || log.querySelector('.ks-msg')) {
          return;
        }
        var box = el('div', 'ks-intro');
        var intro = el('p', 'ks-examples-intro', t('examples'));
        intro.id = 'ks-examples-intro';
        var list = el('ul', 'ks-examples');
        list.setAttribute('aria-labelledby', intro.id);
        examples.slice(0, 3).forEach(function (question) {
          var item = el('li');
          var button = el('button', 'ks-example', String(question));
          button.type = 'button';
          button.addEventListener('click', function () { submit(String(question)); });
          item.appendChild(button);
          list.appendChild(item);
        });
        box.appendChild(intro);
        box.appendChild(list);
        log.replaceChildren(box);
      })
      .catch(function () { /* no examples: the empty chat still works */ });
  }

  function remember(name) {
    if (!choice) {
      return;
    }
    choice.value = name;
    try {
      localStorage.setItem(CHOICE_KEY, name);
    } catch (e) { /* storage refused (private mode): the choice holds for this page */ }
  }

  /** Fills the page's municipality choice from the server and restores the remembered one. */
  function fillChoice() {
    if (!choice) {
      return;
    }
    fetch(apiBase + '/api/municipalities', { credentials: 'omit', mode: 'cors', referrerPolicy: 'no-referrer' })
      .then(function (response) { return response.ok ? response.json() : { municipalities: [] }; })
      .then(function (body) {
        var saved = null;
        try {
          saved = localStorage.getItem(CHOICE_KEY);
        } catch (e) { /* no storage */ }
        (body.municipalities || []).forEach(function (name) {
          var option = el('option', '', String(name));
          option.value = String(name);
          choice.appendChild(option);
        });
        if (saved && Array.prototype.some.call(choice.options, function (o) { return o.value === saved; })) {
          choice.value = saved;
        }
        showExamples();
      })
      .catch(function () { showExamples(); });
    choice.addEventListener('change', function () {
      remember(choice.value);
      if (!log.querySelector('.ks-msg')) {
        showExamples();
      }
    });
  }

  /** "Fick du svar på din fråga? Ja / Nej" under an answer: the verdict, the question and the first source are sent
   * to the server (which redacts the question); nothing about the resident is. */
  function addFeedback(answer, question) {
    var msg = log.lastChild;
    if (!msg) {
      return;
    }
    var box = el('div', 'ks-feedback');
    box.setAttribute('role', 'group');
    var prompt = el('p', '', t('feedback'));
    prompt.id = 'ks-fb-' + log.childNodes.length;
    box.setAttribute('aria-labelledby', prompt.id);
    var yes = el('button', 'ks-fb', t('yes'));
    var no = el('button', 'ks-fb', t('no'));
    yes.type = 'button';
    no.type = 'button';
    box.appendChild(prompt);
    box.appendChild(yes);
    box.appendChild(no);
    var citations = Array.isArray(answer.citations) ? answer.citations : [];
    var url = citations.length > 0 && citations[0] && typeof citations[0].url === 'string' ? citations[0].url : null;
    function give(helpful) {
      yes.disabled = true;
      no.disabled = true;
      fetch(apiBase + '/api/feedback', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ helpful: helpful, question: question, url: url, municipality: currentMunicipality() || null }),
        credentials: 'omit',
        mode: 'cors',
        cache: 'no-store',
        referrerPolicy: 'no-referrer'
      }).then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        var thanks = el('p', '', t('thanks'));
        thanks.setAttribute('tabindex', '-1');
        box.replaceChildren(thanks);
        box.removeAttribute('role');
        box.removeAttribute('aria-labelledby');
        thanks.focus();
      }).catch(function () {
        prompt.textContent = t('feedback') + ' ' + t('feedbackFailed');
        yes.disabled = false;
        no.disabled = false;
      });
    }
    yes.addEventListener('click', function () { give(true); });
    no.addEventListener('click', function () { give(false); });
    msg.appendChild(box);
  }

  function showError(message) {
    status.textContent = '';
    errorText.textContent = message;
    errorBox.hidden = false;
  }

  function setBusy(value) {
    busy = value;
    send.disabled = value;
    status.textContent = value ? t('waiting') : '';
  }

  function errorMessage(response) {
    return response.json().then(function (body) {
      return body && typeof body.error === 'string' ? body.error : 'HTTP ' + response.status;
    }, function () {
      return 'HTTP ' + response.status;
    });
  }

  function ask(question, chosen) {
    if (busy) {
      return;
    }
    lastQuestion = question;
    errorBox.hidden = true;
    setBusy(true);
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    var timer = setTimeout(function () { if (controller) { controller.abort(); } }, TIMEOUT_MS);
    var body = { message: question, municipality: chosen || currentMunicipality() || null, conversationId: conversationId };
    fetch(apiBase + '/api/chat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
      mode: 'cors',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      if (!response.ok) {
        return errorMessage(response).then(function (message) { throw new Error(t('failed') + message); });
      }
      return response.json();
    }).then(function (answer) {
      clearTimeout(timer);
      setBusy(false);
      if (answer && typeof answer.conversationId === 'string') {
        conversationId = answer.conversationId;
      }
      addAnswer(answer || {});
      if (answer && !answer.clarify && !answer.smallTalk) {
        addFeedback(answer, question);
      }
    }).catch(function (e) {
      clearTimeout(timer);
      setBusy(false);
      var server = e && typeof e.message === 'string' && e.message.indexOf(t('failed')) === 0;
      showError(server ? e.message : t('slow'));
    });
  }

  launcher.addEventListener('click', function () {
    if (panel.hidden) {
      open();
    } else {
      closePanel();
    }
  });
  close.addEventListener('click', closePanel);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !pageMode) {
      event.preventDefault();
      closePanel();
    }
  });
  function submit(question) {
    if (busy) {
      return;
    }
    var intro = log.querySelector('.ks-intro');
    if (intro) {
      log.removeChild(intro);
    }
    lang = languageOf(question);
    applyLanguage();
    addQuestion(question);
    input.value = '';
    ask(question);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var question = input.value.trim();
    if (!question) {
      status.textContent = t('empty');
      input.focus();
      return;
    }
    submit(question);
  });
  retry.addEventListener('click', function () {
    if (lastQuestion) {
      ask(lastQuestion);
      input.focus();
    }
  });

  applyLanguage();
  if (choice) {
    fillChoice();
  } else {
    showExamples();
  }
  var target = pageMode ? document.getElementById(script.getAttribute('data-target') || '') : null;
  function mount() {
    (target || document.body).appendChild(host);
  }
  if (document.body) {
    mount();
  } else {
    document.addEventListener('DOMContentLoaded', mount);
  }
})();
