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

  const tabs = ['today', 'people', 'announcements', 'figures', 'audit'];
  let language = 'en';
  let direction = 'ltr';

  function applyTexts(lang, dir) {
    language = lang;
    direction = dir === 'rtl' ? 'rtl' : 'ltr';
    document.documentElement.lang = lang;
    document.documentElement.dir = direction;
    document.title = texts['desk.title'] || 'Kiosk';
    $('title').textContent = texts['desk.title'] || '';
    const names = { today: 'desk.today', people: 'desk.people', announcements: 'desk.announcements', figures: 'desk.figures', audit: 'desk.audit' };
    tabs.forEach((tab) => { $(`tab-${tab}`).textContent = texts[names[tab]] || ''; });
    $('find-text').placeholder = texts['desk.find_hint'] || '';
    $('find-button').textContent = texts['desk.find'] || '';
    $('audience-label').textContent = texts['broadcast.ask_audience'] || '';
    $('versions-title').textContent = texts['desk.versions'] || '';
    $('add-version').textContent = texts['broadcast.add_version'] || '';
    $('preview').textContent = texts['broadcast.preview'] || '';
    $('send-now').textContent = texts['broadcast.send_now'] || '';
    $('send-later').textContent = texts['broadcast.send_later'] || '';
    $('plan-title').textContent = texts['desk.plan'] || '';
    $('recent-title').textContent = texts['desk.recent'] || '';
    $('download-csv').textContent = texts['desk.download_csv'] || '';
  }

  async function api(path, options = {}) {
    const response = await fetch(path, { ...options, headers: { ...(options.headers || {}), Authorization: `Desk ${token}` } });
    if (response.status === 401 || response.status === 403) {
      notice(texts[response.status === 403 ? 'desk.only_team' : 'desk.login_failed']);
      throw new Error(String(response.status));
    }
    return options.raw ? response.blob() : response.json();
  }

  const post = (path, body) => api(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

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

  let shown = 'today';
  function show(tab) {
    shown = tab;
    notice('');
    tabs.forEach((name) => {
      $(`tab-${name}`).setAttribute('aria-pressed', String(name === tab));
      $(name).hidden = name !== tab;
    });
    return { today: loadToday, people: () => {}, announcements: loadAnnouncements, figures: loadFigures, audit: loadAudit }[tab]();
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
      if (item.kind === 'advice') {
        const answer = document.createElement('textarea');
        answer.className = 'answer';
        answer.placeholder = texts['desk.answer_placeholder'] || '';
        answer.maxLength = 3500;
        const send = document.createElement('button');
        send.type = 'button';
        send.className = 'primary send-answer';
        send.textContent = texts['desk.send_answer'] || '';
        send.addEventListener('click', () => act(card, item.id, 'a:answer', answer.value));
        actions.before(answer);
        actions.append(send);
      }
      item.actions.forEach((choice, index) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = choice.label;
        button.dataset.action = choice.action;
        if (index === 0 && item.kind !== 'advice') button.className = 'primary';
        button.addEventListener('click', () => (choice.action === 'h:find' ? candidates(card, item.id, button) : act(card, item.id, choice.action)));
        actions.append(button);
      });
      list.append(card);
    }
  }

  async function act(card, id, action, text) {
    card.querySelectorAll('button').forEach((button) => { button.disabled = true; });
    const result = await post('api/act', { id, action, text: text || '' });
    notice(result.message);
    if (!result.done && action === 'a:answer' && text !== undefined && !text.trim()) {
      card.querySelectorAll('button').forEach((button) => { button.disabled = false; });
      return;
    }
    await loadToday();
  }

  // Finding someone by hand: the offers that could help (the request's category first); the neighbour gets the chosen card.
  async function candidates(card, id, opener) {
    opener.disabled = true;
    const { offers, none } = await api(`api/candidates?id=${encodeURIComponent(id)}`);
    const list = element('ul', undefined, 'found candidates');
    list.append(...(offers.length === 0 ? [element('li', none, 'empty')] : offers.map((offer) => {
      const entry = element('li');
      entry.append(element('span', offer.label));
      const suggest = element('button', texts['desk.suggest']);
      suggest.type = 'button';
      suggest.dataset.action = offer.action;
      suggest.addEventListener('click', () => act(card, id, offer.action));
      entry.append(' ', suggest);
      return entry;
    })));
    card.append(list);
  }

  // People: find by the start of a first name or by id; a person's offers, requests, matches and reports.
  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  async function find(event) {
    event.preventDefault();
    const { people, more } = await post('api/people', { q: $('find-text').value });
    $('found-more').hidden = !more;
    $('found-more').textContent = more || '';
    $('person').hidden = true;
    $('found').replaceChildren(...(people.length === 0 ? [element('li', texts['desk.found_none'], 'empty')] : people.map((person) => {
      const entry = element('li');
      const open = element('button', `${person.head}${person.flags.length ? ' · ' + person.flags.join(' · ') : ''}`);
      open.type = 'button';
      open.dataset.id = person.id;
      open.addEventListener('click', () => openPerson(person.id));
      entry.append(open);
      return entry;
    })));
  }

  async function openPerson(id) {
    const page = await post('api/person', { id });
    $('person').hidden = false;
    $('person').dataset.id = id;
    $('person-head').textContent = page.person.head;
    $('person-flags').textContent = page.person.flags.join(' · ');
    const lists = [['desk.person_offers', page.offers], ['desk.person_requests', page.requests], ['desk.person_matches', page.matches], ['desk.person_reports', page.reports]];
    $('person-lists').replaceChildren(...lists.map(([title, lines]) => {
      const block = element('div', undefined, 'person-list');
      block.append(element('h3', texts[title]));
      const list = element('ul');
      list.append(...(lines.length === 0 ? [element('li', texts['desk.person_none'])] : lines.map((line) => element('li', line))));
      block.append(list);
      return block;
    }));
    $('person-actions').replaceChildren(...page.actions.map((choice) => {
      const button = element('button', choice.label);
      button.type = 'button';
      button.dataset.action = choice.action;
      button.addEventListener('click', async () => {
        button.disabled = true;
        const result = await post('api/act', { id, action: choice.action });
        notice(result.message);
        await openPerson(id);
      });
      return button;
    }));
  }

  // Announcements: versions side by side, the audience, who gets which version, previews, now or later, live delivery.
  let form = null;
  let following = null;

  function addVersion(code, text) {
    if (!form || document.querySelector(`.version[data-language="${code}"]`)) return;
    const spec = form.languages.find((entry) => entry.code === code);
    if (!spec) return;
    const box = element('div', undefined, 'version');
    box.dataset.language = code;
    const label = element('label', spec.name);
    const area = element('textarea');
    area.lang = code;
    area.dir = spec.direction;
    area.maxLength = form.max;
    area.placeholder = (texts['desk.version_placeholder'] || '').replace('{language}', spec.name);
    label.append(area);
    box.append(label);
    $('versions').append(box);
    if (text) area.value = text;
    fillLanguages();
  }

  function fillLanguages() {
    const used = new Set([...document.querySelectorAll('.version')].map((box) => box.dataset.language));
    $('add-language').replaceChildren(...form.languages.filter((entry) => !used.has(entry.code)).map((entry) => {
      const option = element('option', entry.name);
      option.value = entry.code;
      return option;
    }));
  }

  function fillValues() {
    const kind = $('audience').value;
    const values = form.values[kind];
    $('audience-value').hidden = !values;
    $('audience-value').replaceChildren(...(values || []).map((entry) => {
      const option = element('option', entry.label);
      option.value = entry.value;
      return option;
    }));
  }

  function draft(sendAt) {
    const versions = {};
    document.querySelectorAll('.version').forEach((box) => { versions[box.dataset.language] = box.querySelector('textarea').value; });
    const kind = $('audience').value;
    return { versions, audience: kind, value: form.values[kind] ? $('audience-value').value : null, sendAt: sendAt || null };
  }

  async function loadAnnouncements() {
    const body = await api('api/announcements');
    if (!form) {
      form = body.form;
      $('audience').replaceChildren(...form.audiences.map((entry) => {
        const option = element('option', entry.label);
        option.value = entry.kind;
        return option;
      }));
      fillValues();
      addVersion(language);
    }
    showRecent(body.recent);
  }

  function showRecent(recent) {
    $('recent').replaceChildren(...recent.map((line) => {
      const entry = element('li');
      entry.dataset.id = line.id;
      entry.append(element('strong', line.audience), element('span', line.languages), element('span', line.status, 'status'));
      if (line.recipients > 0) {
        const bar = element('progress');
        bar.max = line.recipients;
        bar.value = line.tried;
        entry.append(bar);
      }
      if (line.stoppable) {
        const stop = element('button', texts['broadcast.stop']);
        stop.type = 'button';
        stop.className = 'stop';
        stop.addEventListener('click', async () => {
          const result = await post('api/announcements/stop', { id: line.id });
          notice(result.message);
          await loadAnnouncements();
        });
        entry.append(stop);
      }
      return entry;
    }));
    // Delivery is followed live while something is planned or on its way and the page is open.
    clearTimeout(following);
    if (recent.some((line) => line.stoppable)) {
      following = setTimeout(() => { if (shown === 'announcements') loadAnnouncements().catch(() => {}); }, 2000);
    }
  }

  async function preview() {
    const result = await post('api/announcements/plan', draft());
    if (result.problem) {
      notice(result.problem);
      $('plan-box').hidden = true;
      return;
    }
    notice('');
    $('plan-box').hidden = false;
    $('plan').replaceChildren(...result.plan.map((line) => element('li', line)));
    $('previews').replaceChildren(...result.previews.map((version) => {
      const card = element('div', undefined, 'preview');
      card.dataset.language = version.language;
      const text = element('p', version.text);
      text.lang = version.language;
      text.dir = version.direction;
      card.append(element('h3', version.name), text);
      return card;
    }));
  }

  async function send(sendAt) {
    const result = await post('api/announcements/send', draft(sendAt));
    notice(result.message);
    await loadAnnouncements();
  }

  // Figures: Chart.js (bundled at build time) draws what the server counted; the same as a CSV table.
  const charts = [];
  async function loadFigures() {
    const { charts: data, summary } = await api('api/figures');
    $('figures-summary').textContent = summary;
    charts.splice(0).forEach((chart) => chart.destroy());
    const colours = ['#0b5394', '#d9822b', '#2e8b57'];
    $('charts').replaceChildren(...data.map((spec) => {
      const box = element('div', undefined, 'chart');
      const canvas = element('canvas');
      box.append(element('h3', spec.title), canvas);
      if (window.Chart) {
        charts.push(new window.Chart(canvas, {
          type: spec.kind,
          data: { labels: spec.labels, datasets: spec.series.map((series, index) => ({ label: series.name, data: series.values, backgroundColor: colours[index % 3], borderColor: colours[index % 3] })) },
          options: { animation: false, locale: language, indexAxis: spec.kind === 'bar' && spec.labels.length > 6 ? 'y' : 'x', scales: { x: { reverse: direction === 'rtl' && spec.kind !== 'bar', beginAtZero: true, ticks: { precision: 0 } }, y: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { rtl: direction === 'rtl' } } },
        }));
      }
      return box;
    }));
  }

  async function downloadCsv() {
    const blob = await api('api/figures.csv', { raw: true });
    const link = element('a');
    link.href = URL.createObjectURL(blob);
    link.download = `kiosk-desk-figures-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  async function loadAudit() {
    const { lines } = await api('api/audit');
    $('audit-lines').replaceChildren(...lines.map((line) => {
      const entry = document.createElement('li');
      entry.textContent = line;
      return entry;
    }));
  }

  tabs.forEach((tab) => $(`tab-${tab}`).addEventListener('click', () => show(tab)));
  $('find').addEventListener('submit', (event) => find(event).catch(() => {}));
  $('audience').addEventListener('change', fillValues);
  $('add-version').addEventListener('click', () => addVersion($('add-language').value));
  $('preview').addEventListener('click', () => preview().catch(() => {}));
  $('send-now').addEventListener('click', () => send(null).catch(() => {}));
  $('send-later').addEventListener('click', () => send($('send-at').value || '-').catch(() => {}));
  $('download-csv').addEventListener('click', () => downloadCsv().catch(() => {}));
  signIn().then((ok) => ok && show('today')).catch(() => {});
})();
