// Waymark web chat: a phone-chat simulator. Renders replies with their text direction, buttons as chips,
// and links as anchors; keeps a random session id in localStorage (the server only ever sees its pseudonym).
const log = document.getElementById('log');
const form = document.getElementById('composer');
const input = document.getElementById('text');
const hint = (navigator.language || 'en').split('-')[0];

function sessionId() {
  let id = localStorage.getItem('waymark-session');
  if (!id) {
    const bytes = crypto.getRandomValues(new Uint8Array(18));
    id = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    localStorage.setItem('waymark-session', id);
  }
  return id;
}

function linkify(parent, text) {
  const parts = text.split(/(https:\/\/[^\s\u2069]+)/g);
  for (const part of parts) {
    if (/^https:\/\//.test(part)) {
      const a = document.createElement('a');
      a.href = part;
      a.textContent = part;
      a.rel = 'noopener noreferrer';
      a.target = '_blank';
      a.dir = 'ltr';
      parent.append(a);
    } else parent.append(document.createTextNode(part));
  }
}

function addMessage(who, text, direction, language) {
  const li = document.createElement('li');
  li.className = `msg ${who}`;
  if (direction) li.dir = direction; else li.dir = 'auto';
  if (language) li.lang = language;
  const body = document.createElement('div');
  body.className = 'text';
  linkify(body, text);
  li.append(body);
  log.append(li);
  li.scrollIntoView({ block: 'end' });
  return li;
}

function addButtons(li, buttons) {
  const row = document.createElement('div');
  row.className = 'buttons';
  for (const b of buttons) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = b.label;
    button.dataset.payload = b.payload;
    button.addEventListener('click', () => send({ payload: b.payload }, b.label));
    row.append(button);
  }
  li.append(row);
}

async function send(message, echo) {
  addMessage('me', echo, undefined, undefined);
  const response = await fetch('/api/web/messages', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ session: sessionId(), languageHint: hint, ...message }),
  });
  if (!response.ok) {
    addMessage('bot', `⚠ ${response.status}`, 'ltr');
    return;
  }
  const { replies } = await response.json();
  for (const r of replies) {
    const li = addMessage('bot', r.text, r.direction, r.language);
    if (r.buttons && r.buttons.length) addButtons(li, r.buttons);
  }
}

async function applyLabels() {
  const response = await fetch(`/api/web/labels?lang=${encodeURIComponent(hint)}`);
  if (!response.ok) return;
  const labels = await response.json();
  document.getElementById('send').textContent = labels.send;
  document.getElementById('text-label').textContent = labels.input;
  input.placeholder = labels.input;
  document.getElementById('reset').textContent = labels.reset;
  document.documentElement.lang = labels.language;
  document.documentElement.dir = labels.direction;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  send({ text }, text);
});

document.getElementById('reset').addEventListener('click', () => {
  localStorage.removeItem('waymark-session');
  log.replaceChildren();
  input.focus();
});

applyLabels();
