'use strict';
// The coordinators' desk. Signs in with Telegram's Mini App data (#tgWebAppData=...) or a one-time /desk link
// (?code=...), then carries the session token in the Authorization header: never in a cookie, never in the URL.
(() => {
  let token = null;
  let texts = {};
  const $ = (id) => document.getElementById(id);

  function notice(text) {
    $('notice').textContent = text;
    $('notice').hidden = !text;
  }

  function applyTexts(language, direction) {
    document.documentElement.lang = language;
    document.documentElement.dir = direction === 'rtl' ? 'rtl' : 'ltr';
    document.title = texts['desk.title'] || 'Kiosk';
    $('title').textContent = texts['desk.title'] || '';
    $('tab-today').textContent = texts['desk.today'] || '';
    $('tab-audit').textContent = texts['desk.audit'] || '';
  }

  async function api(path, options = {}) {
    const response = await fetch(path, { ...options, headers: { ...(options.headers || {}), Authorization: `Desk ${token}` } });
    if (response.status === 401 || response.status === 403) {
      notice(texts[response.status === 403 ? 'desk.only_team' : 'desk.login_failed']);
      throw new Error(String(response.status));
    }
    return response.json();
  }

  function signInHeader() {
    const code = new URLSearchParams(location.search).get('code');
    if (code) {
      history.replaceState(null, '', location.pathname); // the code is used up: out of the address bar and history
      return `link ${code}`;
    }
    const hash = new URLSearchParams(location.hash.slice(1)).get('tgWebAppData');
    const fromTelegram = window.Telegram && window.Telegram.WebApp && window.Telegram.WebApp.initData;
    const initData = fromTelegram || hash;
    return initData ? `tma ${initData}` : null;
  }

  async function fallbackTexts() {
    const language = (navigator.language || 'en').slice(0, 2);
    const response = await fetch(`api/texts?lang=${encodeURIComponent(language)}`);
    const body = await response.json();
    texts = body.texts;
    applyTexts(body.language, body.direction);
  }

  // A reload inside Telegram brings the same initData, which the server refuses as a replay: the tab keeps its session
  // (sessionStorage: this tab only, never sent by the browser on its own) and tries it first.
  async function resume() {
    const saved = sessionStorage.getItem('desk-session');
    if (!saved) return false;
    const response = await fetch('api/today', { headers: { Authorization: `Desk ${saved}` } });
    if (!response.ok) {
      sessionStorage.removeItem('desk-session');
      return false;
    }
    token = saved;
    const body = JSON.parse(sessionStorage.getItem('desk-texts') || '{}');
    texts = body.texts || {};
    applyTexts(body.language || 'en', body.direction);
    return true;
  }

  async function signIn() {
    if (await resume()) return true;
    const header = signInHeader();
    const response = header ? await fetch('api/login', { method: 'POST', headers: { Authorization: header } }) : null;
    if (!response || !response.ok) {
      await fallbackTexts();
      notice(texts[response && response.status === 403 ? 'desk.only_team' : 'desk.login_failed']);
      return false;
    }
    const body = await response.json();
    token = body.token;
    texts = body.texts;
    sessionStorage.setItem('desk-session', token);
    sessionStorage.setItem('desk-texts', JSON.stringify({ texts, language: body.language, direction: body.direction }));
    applyTexts(body.language, body.direction);
    return true;
  }

  function show(tab) {
    $('tab-today').setAttribute('aria-pressed', String(tab === 'today'));
    $('tab-audit').setAttribute('aria-pressed', String(tab === 'audit'));
    $('today').hidden = tab !== 'today';
    $('audit').hidden = tab !== 'audit';
    return tab === 'today' ? loadToday() : loadAudit();
  }

  async function loadToday() {
    const { items, more } = await api('api/today');
    const list = $('today');
    list.replaceChildren();
    if (more) {
      const note = document.createElement('p');
      note.className = 'more';
      note.textContent = more;
      list.append(note);
    }
    if (items.length === 0) {
      const empty = document.createElement('p');
      empty.className = 'empty';
      empty.textContent = texts['desk.nothing_waits'];
      list.append(empty);
      return;
    }
    for (const item of items) {
      const card = $('item').content.firstElementChild.cloneNode(true);
      card.dataset.kind = item.kind;
      card.dataset.id = item.id;
      card.classList.toggle('waited-long', item.waitingMinutes > 24 * 60);
      card.querySelector('.item-title').textContent = item.title;
      card.querySelector('.item-from').textContent = item.from;
      card.querySelector('.item-since').textContent = item.since;
      card.querySelector('.item-words').textContent = item.words;
      const actions = card.querySelector('.item-actions');
      item.actions.forEach((choice, index) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = choice.label;
        button.dataset.action = choice.action;
        if (index === 0) button.className = 'primary';
        button.addEventListener('click', () => act(card, item.id, choice.action));
        actions.append(button);
      });
      list.append(card);
    }
  }

  async function act(card, id, action) {
    card.querySelectorAll('button').forEach((button) => { button.disabled = true; });
    const result = await api('api/act', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id, action }) });
    notice(result.message);
    await loadToday();
  }

  async function loadAudit() {
    const { lines } = await api('api/audit');
    $('audit-lines').replaceChildren(...lines.map((line) => {
      const entry = document.createElement('li');
      entry.textContent = line;
      return entry;
    }));
  }

  $('tab-today').addEventListener('click', () => show('today'));
  $('tab-audit').addEventListener('click', () => show('audit'));
  signIn().then((ok) => ok && show('today')).catch(() => {});
})();
