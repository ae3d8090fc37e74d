// An independent client of PROTOCOL.md: plain JSON over the `ws` package and fetch(),
// against a real shelfsyncd started here on an ephemeral loopback port.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const WebSocket = require('ws');

const binary = process.env.SHELFSYNCD;
let service;
let port;
let dir;
const tokens = {};

function tokenFor(role) {
  const out = execFileSync(binary, ['token', '--user', `node-${role}`, '--role', role]).toString();
  const secret = out.match(/^token: (\S+)/m)[1];
  const line = out.trim().split('\n').pop();
  return { secret, line };
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shelfsync-node-'));
  const lines = [];
  for (const role of ['admin', 'channel', 'viewer']) {
    const { secret, line } = tokenFor(role);
    tokens[role] = secret;
    lines.push(line);
  }
  fs.writeFileSync(path.join(dir, 'tokens'), '# test tokens\n' + lines.join('\n') + '\n');
  service = spawn(binary, ['--db', path.join(dir, 'ledger.db'), '--listen', '127.0.0.1:0',
                           '--tokens', path.join(dir, 'tokens')], { stdio: ['ignore', 'pipe', 'inherit'] });
  port = await new Promise((resolve, reject) => {
    let buffer = '';
    service.stdout.on('data', (chunk) => {
      buffer += chunk;
      const match = buffer.match(/listening on [\d.]+:(\d+)/);
      if (match) resolve(Number(match[1]));
    });
    service.on('exit', (code) => reject(new Error(`shelfsyncd exited with ${code}`)));
  });
});

after(() => {
  service.kill('SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
});

// A minimal session: queue every message, wait for the next of a type.
class Session {
  constructor() {
    this.messages = [];
    this.waiters = [];
  }
  open(token, since = 0, locations = [], protocol = 1) {
    this.ws = new WebSocket(`ws://127.0.0.1:${port}/v1/sync`);
    this.ws.on('message', (data) => {
      this.messages.push(JSON.parse(data));
      this.waiters.splice(0).forEach((wake) => wake());
    });
    this.closed = new Promise((resolve) => this.ws.on('close', (code) => resolve(code)));
    return new Promise((resolve, reject) => {
      this.ws.on('open', () => {
        this.send({ type: 'hello', protocol, client: 'node-test', token, since, locations });
        resolve();
      });
      this.ws.on('error', reject);
    });
  }
  send(message) { this.ws.send(JSON.stringify(message)); }
  async next(predicate, timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.messages.findIndex(predicate);
      if (index >= 0) return this.messages.splice(index, 1)[0];
      if (Date.now() > deadline) throw new Error('timed out waiting for a message');
      await new Promise((resolve) => { this.waiters.push(resolve); setTimeout(resolve, 50); });
    }
  }
  type(name) { return this.next((m) => m.type === name); }
  async cmd(id, op, args) {
    this.send({ type: 'cmd', id, op, args });
    return this.next((m) => m.type === 'ack' && m.id === id);
  }
  close() { this.ws.close(); }
}

async function http(method, urlPath, token, body) {
  const response = await fetch(`http://127.0.0.1:${port}${urlPath}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

test('hello, snapshot, commands, live events and queries', async () => {
  const admin = new Session();
  await admin.open(tokens.admin);
  const welcome = await admin.type('welcome');
  assert.equal(welcome.protocol, 1);
  assert.equal(welcome.role, 'admin');
  assert.match(welcome.epoch, /^[0-9a-f-]{36}$/);
  const snapshot = await admin.type('snapshot');
  assert.equal(snapshot.last, true);
  const synced = await admin.type('synced');
  assert.equal(synced.head, welcome.head);

  let ack = await admin.cmd('n-1', 'upsert_location', { location: 'DS-N', name: 'Node store', kind: 'store' });
  assert.equal(ack.ok, true);
  ack = await admin.cmd('n-2', 'upsert_sku', { sku: 'OAT-1L', name: 'Oat drink 1 L', gtin: '4006381333931' });
  assert.equal(ack.ok, true);
  ack = await admin.cmd('n-3', 'receive', { location: 'DS-N', sku: 'OAT-1L', qty: 10, batch: 'B1', expiry: '2099-12-31' });
  assert.equal(ack.ok, true);
  assert.deepEqual(ack.result.after, { on_hand: 10, hidden: 0, reserved: 0, buffer: 0, atp: 10 });

  // The sender sees its own events, with from/to and the same figures.
  const events = await admin.next((m) => m.type === 'events' && m.events.some((e) => e.kind === 'stock.received'));
  const received = events.events.find((e) => e.kind === 'stock.received');
  assert.equal(received.seq, ack.seq);
  assert.equal(received.after.atp, 10);
  assert.ok(events.from < events.to);

  const replay = await admin.cmd('n-3', 'receive', { location: 'DS-N', sku: 'OAT-1L', qty: 10, batch: 'B1', expiry: '2099-12-31' });
  assert.deepEqual(replay, ack);

  admin.send({ type: 'query', id: 'q-1', name: 'availability', args: { location: 'DS-N' } });
  const result = await admin.next((m) => m.type === 'result' && m.id === 'q-1');
  assert.deepEqual(result.rows.map((r) => [r.sku, r.atp]), [['OAT-1L', 10]]);
  admin.close();
});

test('errors keep the connection open and write nothing', async () => {
  const admin = new Session();
  await admin.open(tokens.admin);
  const synced = await admin.type('synced');
  admin.send('{not json');
  assert.equal((await admin.type('error')).code, 'bad_request');
  admin.send({ type: 'cmd', op: 'receive', args: {} });
  assert.equal((await admin.type('error')).code, 'bad_request');
  let ack = await admin.cmd('e-1', 'receive', { location: 'DS-N', sku: 'OAT-1L', qty: 0, batch: 'B1' });
  assert.equal(ack.error.code, 'bad_request');
  assert.equal(ack.error.field, 'qty');
  ack = await admin.cmd('e-2', 'teleport', {});
  assert.equal(ack.error.code, 'bad_request');
  ack = await admin.cmd('e-3', 'receive', { location: 'NOWHERE', sku: 'OAT-1L', qty: 1, batch: 'B1' });
  assert.equal(ack.error.code, 'unknown_location');
  const health = await (await fetch(`http://127.0.0.1:${port}/healthz`)).json();
  assert.equal(health.head, synced.head);
  admin.close();
});

test('a channel reserves over HTTP, a viewer may not', async () => {
  let response = await http('GET', '/v1/availability?location=DS-N&sku=OAT-1L', tokens.viewer);
  assert.equal(response.status, 200);
  assert.equal(response.body.atp, 10);
  response = await http('POST', '/v1/reservations', tokens.channel, { id: 'cart-1', location: 'DS-N', sku: 'OAT-1L', qty: 4, channel: 'web' });
  assert.equal(response.status, 201);
  assert.equal(response.body.reservation, 'cart-1');
  assert.equal(response.body.atp, 6);
  response = await http('POST', '/v1/reservations', tokens.channel, { id: 'cart-2', location: 'DS-N', sku: 'OAT-1L', qty: 7, channel: 'web' });
  assert.equal(response.status, 409);
  assert.equal(response.body.error.code, 'insufficient_stock');
  assert.equal(response.body.error.atp, 6);
  response = await http('POST', '/v1/reservations/cart-1/commit', tokens.channel, {});
  assert.equal(response.status, 200);
  assert.equal(response.body.state, 'committed');
  response = await http('POST', '/v1/reservations', tokens.viewer, { id: 'cart-3', location: 'DS-N', sku: 'OAT-1L', qty: 1, channel: 'web' });
  assert.equal(response.status, 403);
  response = await http('GET', '/v1/availability?location=DS-N&sku=OAT-1L', 'wrong');
  assert.equal(response.status, 401);
});

test('resume from a cursor gets exactly what was missed', async () => {
  const watcher = new Session();
  await watcher.open(tokens.viewer, 0, ['DS-N']);
  const synced = await watcher.type('synced');
  watcher.close();
  await watcher.closed;

  const admin = new Session();
  await admin.open(tokens.admin);
  await admin.type('synced');
  for (let i = 0; i < 5; i++) {
    const ack = await admin.cmd(`r-${i}`, 'receive', { location: 'DS-N', sku: 'OAT-1L', qty: 1, batch: 'B1', expiry: '2099-12-31' });
    assert.equal(ack.ok, true);
  }
  admin.close();

  const again = new Session();
  await again.open(tokens.viewer, synced.head, ['DS-N']);
  const caughtUp = await again.type('events');
  assert.equal(caughtUp.from, synced.head);
  assert.equal(caughtUp.events.filter((e) => e.kind === 'stock.received').length, 5);
  const done = await again.type('synced');
  assert.equal(done.head, caughtUp.to);
  again.close();
});

test('bad token and bad protocol close the connection', async () => {
  const intruder = new Session();
  await intruder.open('nope');
  assert.equal((await intruder.type('error')).code, 'unauthorized');
  assert.equal(await intruder.closed, 1008);
  const future = new Session();
  await future.open(tokens.admin, 0, [], 2);
  assert.equal((await future.type('error')).code, 'unsupported_protocol');
  assert.equal(await future.closed, 1002);
});
