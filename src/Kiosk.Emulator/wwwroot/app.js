(() => {
  'use strict';

  const STORAGE_KEY = 'kiosk-webchat-people';
  const MEDIA_LABELS = {
    photo: '🖼️ Photo', voice: '🎤 Voice message', video: '🎬 Video', video_note: '⭕ Video message', document: '📄 File',
    location: '📍 Location', venue: '📍 Place', sticker: '🙂 Sticker', contact: '👤 Contact',
  };
  const NEW_PEOPLE_FROM = 10_000_000;
  const RTL_LANGUAGES = new Set(['ar', 'fa', 'prs', 'he', 'ur', 'ps', 'ckb']);
  const KIOSK_LOCATION = { latitude: 53.5503, longitude: 9.9356 };
  const PRESETS = {
    'preset-amina': { id: 1001, name: 'Amina', lang: 'ar' },
    'preset-jens': { id: 1002, name: 'Jens', lang: 'de' },
    'preset-coordinator': { id: 1003, name: 'Coordinator', lang: 'de' },
  };
  const RETRY_MS = 2000;
  const NOTICE_MS = 3500;
  // After a send or a button press, wait in short slices for a while: the bot's answer to a
  // button (the notice) does not change the chat's version, so a long wait would show it late.
  const HOT_MS = 8000;

  const peopleEl = document.getElementById('people');
  const template = document.getElementById('person-template');
  const people = new Map(); // user id -> person

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  function el(tag, props = {}, ...children) {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children);
    return node;
  }

  async function api(path, { body, signal } = {}) {
    const response = await fetch(path, body === undefined ? { signal } : {
      method: 'POST', signal, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  }

  // Message data is untrusted: only same-origin, http(s) and tg: links are rendered.
  function safeUrl(url) {
    try {
      const parsed = new URL(url, location.href);
      return ['http:', 'https:', 'tg:'].includes(parsed.protocol) ? parsed.href : null;
    } catch {
      return null;
    }
  }

  // Browsers open only ~6 connections per host over HTTP/1.1, so at most this many long polls
  // wait at once; otherwise many columns would block sending. Busy people go first.
  const MAX_WAITS = 4;
  let waiting = 0;
  const queue = [];

  function acquire(person) {
    if (waiting < MAX_WAITS) {
      waiting++;
      return Promise.resolve();
    }
    return new Promise((resolve) => queue.push({ person, resolve }));
  }

  function release() {
    const hot = queue.findIndex((entry) => entry.person.hotUntil > Date.now());
    const [next] = queue.splice(hot < 0 ? 0 : hot, 1);
    if (next) next.resolve(); else waiting--;
  }

  // --- people and storage ---

  function save() {
    const list = [...people.values()].map(({ id, name, lang, blocked }) => ({ id, name, lang, blocked }));
    localStorage.setItem(STORAGE_KEY, JSON.stringify(list));
  }

  function loadSaved() {
    try {
      const list = JSON.parse(localStorage.getItem(STORAGE_KEY)) || [];
      return list.filter((p) => Number.isInteger(p.id) && p.id > 0 && typeof p.name === 'string' && typeof p.lang === 'string');
    } catch {
      return [];
    }
  }

  // A person added by hand is always someone new: not a preset, not anyone this browser or the bot's database has
  // seen before (the database outlives the browser's storage), so a random id far above the presets.
  function newPersonId() {
    let id;
    do id = NEW_PEOPLE_FROM + Math.floor(Math.random() * 900_000_000); while (people.has(id));
    return id;
  }

  function usernameFor(name) {
    const username = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9_]/g, '');
    return username || undefined;
  }

  function addPerson({ id, name, lang, blocked = false }, focus) {
    const section = template.content.firstElementChild.cloneNode(true);
    const person = {
      id, name, lang, blocked, section,
      messages: section.querySelector('.messages'),
      notice: section.querySelector('.notice'),
      input: section.querySelector('input[name="text"]'),
      rendered: new Map(), // message id -> { key, node }
      atBottom: true, alive: true, active: false, hotUntil: 0, wake: null, lastNotice: undefined,
    };

    section.dataset.userId = id;
    section.dir = RTL_LANGUAGES.has(lang.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
    section.lang = lang;
    section.setAttribute('aria-label', `${name}, ${lang}, user ${id}`);
    section.style.setProperty('--hue', (id * 47) % 360);
    section.querySelector('.avatar').textContent = [...name.trim()][0]?.toUpperCase() || '?';
    section.querySelector('.person-name').textContent = name;
    section.querySelector('.person-meta').textContent = `${lang} · user ${id}`;
    section.querySelector('.remove').setAttribute('aria-label', `Remove ${name} from the page`);
    person.messages.setAttribute('aria-label', `Chat of ${name} with the bot`);

    section.querySelector('.block-toggle').addEventListener('click', () => toggleBlock(person));
    section.querySelector('.remove').addEventListener('click', () => removePerson(person));
    person.messages.addEventListener('scroll', () => { person.atBottom = isAtBottom(person.messages); });
    person.messages.addEventListener('click', (event) => {
      const app = event.target.closest('button.webapp-button');
      if (app) { openWebApp(person, app.dataset.webapp).catch(() => showNotice(person, 'The Mini App could not be opened.')); return; }
      const button = event.target.closest('button.inline-button');
      if (button) press(person, button);
    });

    const form = section.querySelector('.composer');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = person.input.value;
      if (!text.trim()) return;
      person.input.value = '';
      send(person, { text }).catch(() => { if (!person.input.value) person.input.value = text; });
    });
    const extras = {
      'send-sticker': { sticker: true },
      'send-photo': { photo: true },
      'send-voice': { voice: true },
      'send-location': { location: KIOSK_LOCATION },
      'send-document': { document: true },
    };
    for (const [cls, body] of Object.entries(extras)) {
      form.querySelector(`.${cls}`).addEventListener('click', () => send(person, body).catch(() => {}));
    }

    people.set(id, person);
    peopleEl.append(section);
    showBlocked(person);
    // The emulator may remember another state (restart, other browser): what the page shows wins.
    api(`/emulator/users/${id}/${blocked ? 'block' : 'unblock'}`, { body: {} }).catch(() => {});
    updateEmptyHint();
    watch(person);
    if (focus) person.input.focus();
    return person;
  }

  function removePerson(person) {
    person.alive = false;
    person.wake?.abort();
    people.delete(person.id);
    person.section.remove();
    save();
    updateEmptyHint();
    document.getElementById('person-name').focus();
  }

  function updateEmptyHint() {
    document.getElementById('empty-hint').hidden = people.size > 0;
  }

  function showBlocked(person) {
    const button = person.section.querySelector('.block-toggle');
    button.textContent = person.blocked ? 'Unblock bot' : 'Block bot';
    person.section.classList.toggle('blocked', person.blocked);
    person.section.querySelector('.blocked-banner').hidden = !person.blocked;
  }

  async function toggleBlock(person) {
    const blocked = !person.blocked;
    try {
      await api(`/emulator/users/${person.id}/${blocked ? 'block' : 'unblock'}`, { body: {} });
      person.blocked = blocked;
      showBlocked(person);
      save();
    } catch {
      showNotice(person, 'Could not change the block state. Is the emulator running?');
    }
  }

  // --- talking to the bot ---

  function markBusy(person) {
    person.hotUntil = Date.now() + HOT_MS;
    if (person.active) {
      // Restart the current long wait with a short timeout, unless others would take the slot.
      if (!queue.length) person.wake.abort();
    } else if (queue.some((entry) => entry.person === person)) {
      // All waits are taken: end an idle person's wait so this one goes next.
      [...people.values()].find((p) => p.active && p.hotUntil < Date.now())?.wake.abort();
    }
  }

  async function send(person, content) {
    person.atBottom = true;
    try {
      await api('/emulator/messages', {
        body: {
          user_id: person.id, first_name: person.name, username: usernameFor(person.name),
          language_code: person.lang, chat_id: person.id, ...content,
        },
      });
      markBusy(person);
    } catch (error) {
      showNotice(person, 'Could not send. Is the emulator running?');
      throw error;
    }
  }

  async function press(person, button) {
    if (button.getAttribute('aria-busy')) return;
    const messageId = Number(button.closest('.bubble').dataset.messageId);
    button.setAttribute('aria-busy', 'true'); // not disabled: that would drop the keyboard focus
    try {
      await api('/emulator/callbacks', { body: { user_id: person.id, message_id: messageId, data: button.dataset.callback } });
      markBusy(person);
    } catch {
      showNotice(person, 'Could not press the button. Is the emulator running?');
    } finally {
      button.removeAttribute('aria-busy');
    }
  }

  async function watch(person) {
    let version = -1;
    let first = true;
    let holding = false;
    while (person.alive) {
      if (!holding) await acquire(person);
      if (!person.alive) { release(); break; }
      const timeout = Date.now() < person.hotUntil ? 2 : people.size > MAX_WAITS ? 5 : 25;
      person.wake = new AbortController();
      person.active = true;
      let changed = false;
      let failed = false;
      try {
        const data = await api(`/emulator/chats/${person.id}/changes?version=${version}&timeout=${timeout}`, { signal: person.wake.signal });
        person.section.classList.remove('offline');
        if (data.version !== version) {
          changed = true;
          version = data.version;
          render(person, data.messages || []);
        }
        if (data.notice !== person.lastNotice) {
          if (!first && data.notice) showNotice(person, data.notice); // an old notice is no news after a reload
          person.lastNotice = data.notice;
        }
        first = false;
      } catch (error) {
        failed = error.name !== 'AbortError';
      }
      person.active = false;
      // Changes come in bursts (the person's message, then the bot's answers): keep the slot then.
      holding = changed && person.alive;
      if (!holding) release();
      if (failed && person.alive) {
        person.section.classList.add('offline');
        await sleep(RETRY_MS);
      }
    }
  }

  // --- rendering ---

  function isAtBottom(list) {
    return list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  }

  function scrollDown(person) {
    if (person.atBottom) person.messages.scrollTop = person.messages.scrollHeight;
  }

  function render(person, messages) {
    const hadFocus = person.messages.contains(document.activeElement);
    const wanted = messages.map((message) => {
      const key = JSON.stringify(message);
      const old = person.rendered.get(message.message_id);
      if (old && old.key === key) return old.node;
      const node = bubble(message, person);
      person.rendered.set(message.message_id, { key, node });
      return node;
    });

    // Unchanged bubbles stay in place, so focus and images survive a re-render.
    const keep = new Set(wanted);
    for (const node of [...person.messages.children]) {
      if (!keep.has(node)) node.remove();
    }
    const ids = new Set(messages.map((message) => message.message_id));
    for (const id of person.rendered.keys()) {
      if (!ids.has(id)) person.rendered.delete(id);
    }
    let cursor = person.messages.firstChild;
    for (const node of wanted) {
      if (node === cursor) cursor = cursor.nextSibling;
      else person.messages.insertBefore(node, cursor);
    }
    // A pressed button may vanish when the bot edits its message: keep keyboard users in the chat.
    if (hadFocus && !person.messages.contains(document.activeElement)) person.messages.focus({ preventScroll: true });
    scrollDown(person);
  }

  function bubble(message, person) {
    const node = el('div', { className: `bubble ${message.from_bot ? 'bot' : 'user'}`, dir: 'auto' });
    node.dataset.messageId = message.message_id;
    const body = el('div', { className: 'body' });

    const photo = message.photo && safeUrl(message.photo);
    if (photo) {
      const img = el('img', { className: 'photo', src: photo, alt: 'Photo', loading: 'lazy' });
      img.addEventListener('load', () => scrollDown(person));
      body.append(img);
    }
    const documentUrl = message.document && safeUrl(message.document);
    if (documentUrl) {
      body.append(el('a', {
        className: 'document', href: documentUrl, download: '', target: '_blank', rel: 'noopener', dir: 'auto',
        textContent: 'Download document',
      }));
    }
    // Media without a picture or file to show (a copied voice message, a location pin, ...): what it is.
    const label = !photo && !documentUrl && MEDIA_LABELS[message.kind];
    if (label) body.append(el('div', { className: 'media', dir: 'auto', textContent: label }));
    if (message.text) body.append(withCommands(el('div', { className: 'text' }), message.text));

    const meta = el('div', { className: 'meta' });
    if (message.edited) meta.append(el('span', { className: 'edited', dir: 'auto', textContent: 'edited' }));
    if (message.date) {
      const date = new Date(message.date * 1000);
      meta.append(el('time', {
        className: 'time', dir: 'ltr', dateTime: date.toISOString(),
        textContent: date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }),
      }));
    }
    body.append(meta);
    node.append(body);

    if (message.buttons && message.buttons.length) node.append(keyboard(message.buttons));
    return node;
  }

  // Commands are isolated so "/menu" keeps its slash in front inside right-to-left text.
  function withCommands(node, text) {
    text.split(/(?<=^|\s)(\/[A-Za-z0-9_]+)/).forEach((part, i) => {
      node.append(i % 2 ? el('bdi', { dir: 'ltr', textContent: part }) : part);
    });
    return node;
  }

  function keyboard(rows) {
    const board = el('div', { className: 'keyboard' });
    for (const row of rows) {
      const line = el('div', { className: 'keyboard-row' });
      for (const button of row) {
        const app = button.web_app && safeUrl(button.web_app.url);
        if (app) {
          const node = el('button', { type: 'button', className: 'webapp-button', dir: 'auto', textContent: button.text ?? '' });
          node.dataset.webapp = app;
          line.append(node);
          continue;
        }
        const url = button.url && safeUrl(button.url);
        if (url) {
          line.append(el('a', {
            className: 'url-button', href: url, target: '_blank', rel: 'noopener noreferrer', dir: 'auto',
            textContent: button.text,
          }));
          continue;
        }
        const node = withCommands(el('button', { type: 'button', className: 'inline-button', dir: 'auto' }), button.text ?? '');
        if (button.callback_data != null) node.dataset.callback = button.callback_data;
        else node.disabled = true;
        line.append(node);
      }
      board.append(line);
    }
    return board;
  }

  // A Mini App opens in a pane over the person's chat, signed in as that person (initData from the emulator).
  async function openWebApp(person, url) {
    const { url: signed } = await api(`/emulator/webapp?userId=${person.id}&url=${encodeURIComponent(url)}`);
    person.section.querySelector('.webapp-pane')?.remove();
    const pane = el('div', { className: 'webapp-pane' });
    const close = el('button', { type: 'button', className: 'webapp-close', textContent: 'Close' });
    close.addEventListener('click', () => pane.remove());
    pane.append(close, el('iframe', { className: 'webapp-frame', src: signed, title: 'Mini App' }));
    person.section.querySelector('.chat').append(pane);
  }

  function showNotice(person, text) {
    person.notice.textContent = text;
    person.notice.classList.add('show');
    clearTimeout(person.noticeTimer);
    person.noticeTimer = setTimeout(() => person.notice.classList.remove('show'), NOTICE_MS);
  }

  // --- page setup ---

  async function loadBot() {
    try {
      const bot = await api('/emulator/bot');
      if (bot.name) {
        document.getElementById('bot-name').textContent = bot.name;
        document.title = `${bot.name} – web chat`;
      }
      document.getElementById('bot-username').textContent = bot.username ? `@${bot.username}` : '';
    } catch {
      setTimeout(loadBot, 5000);
    }
  }

  function focusExisting(id, wantedName) {
    const person = people.get(id);
    if (!person) return false;
    person.section.scrollIntoView({ behavior: 'smooth', inline: 'nearest', block: 'nearest' });
    person.input.focus({ preventScroll: true });
    if (person.name !== wantedName) showNotice(person, `User ${id} is already on the page as ${person.name}.`);
    return true;
  }

  document.getElementById('person-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const nameInput = document.getElementById('person-name');
    const id = newPersonId();
    const name = nameInput.value.trim() || `User ${id}`;
    addPerson({ id, name, lang: document.getElementById('person-language').value }, true);
    nameInput.value = '';
    save();
  });

  for (const [buttonId, preset] of Object.entries(PRESETS)) {
    document.getElementById(buttonId).addEventListener('click', () => {
      if (focusExisting(preset.id, preset.name)) return;
      addPerson(preset, true);
      save();
    });
  }

  for (const saved of loadSaved()) {
    if (people.has(saved.id)) continue;
    addPerson({ ...saved, blocked: saved.blocked === true }, false);
  }
  updateEmptyHint();
  loadBot();
})();
