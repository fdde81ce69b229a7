// Outgoing calls to a connector time out (issue 16, failure 6): a serviceUrl that accepts the connection
// and never answers does not hold the incoming turn.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Harness, type User } from '../bot/harness';
import { CONNECTOR_TIMEOUT_MS } from '../../src/bot/adapter';
import { enqueue } from '../../src/store/outbox';

const user: User = {
  aadObjectId: '00000000-0000-0000-0000-0000000000a1',
  name: 'Sanne de Boer',
};

describe('a connector that never answers', function () {
  this.timeout(60_000);
  const h = new Harness();
  let silent: Server;
  let silentUrl = '';
  const held: { destroy(): void }[] = [];

  before(async () => {
    silent = createServer((req) => held.push(req.socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
    await h.start({ ALLOWED_TENANTS: '' });
  });
  after(async () => {
    for (const socket of held) socket.destroy();
    silent.close();
    await h.stop();
  });

  it('does not hold the turn of a message whose reply goes there', async () => {
    const started = Date.now();
    const res = await h.post(
      h.activity(user, {
        type: 'message',
        text: 'help',
        serviceUrl: silentUrl,
      }),
    );
    const took = Date.now() - started;
    assert.ok(held.length >= 1, 'the reply was attempted');
    assert.equal(res.status, 200, 'the turn ended; the failed reply is logged');
    assert.ok(took < 2 * CONNECTOR_TIMEOUT_MS, `answered after ${took} ms, within two connector timeouts`);
    assert.equal(await h.health(), 200);
  });

  it('does not hold the outbox either: a proactive message there fails and is retried later', async () => {
    const reference = {
      serviceUrl: silentUrl,
      channelId: 'msteams',
      conversation: { id: 'conv-silent', conversationType: 'personal', tenantId: 'tenant-demo', isGroup: false, name: '' },
      bot: { id: '28:deelwijzer', name: 'Deelwijzer' },
    };
    await enqueue(h.db, { reference, activity: { type: 'message', text: 'hallo' }, kind: 'test' }, new Date().toISOString());
    const started = Date.now();
    const result = await h.sender.drainOnce();
    assert.equal(result.retried, 1);
    assert.ok(Date.now() - started < 2 * CONNECTOR_TIMEOUT_MS, `gave up after ${Date.now() - started} ms`);
  });
});
