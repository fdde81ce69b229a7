// The pure checks at the boundary: who sent an activity, whether a token is worth verifying, and which
// request headers are refused before a body is read.
import assert from 'node:assert/strict';
import { actorIdOf } from '../../src/bot/identity';
import { checkBodyHeaders } from '../../src/http/json-body';
import { plausibleToken } from '../../src/server';

const teams = (from: Record<string, unknown>, channelId = 'msteams') => ({ channelId, from: from as { id: string; name: string; aadObjectId?: string } });
const jwt = (claims: Record<string, unknown>) => `Bearer e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`;

describe('who sent an activity', () => {
  it('is the aadObjectId', () => {
    assert.equal(actorIdOf(teams({ id: '29:x', aadObjectId: 'aad-1', name: 'A' }), true), 'aad-1');
  });

  it('is nobody without an aadObjectId, whatever from.id says', () => {
    assert.equal(actorIdOf(teams({ id: 'aad-1', name: 'A' }), false), undefined);
    assert.equal(actorIdOf(teams({ id: 'aad-1', aadObjectId: '', name: 'A' }), false), undefined);
    assert.equal(actorIdOf(teams({ id: 'aad-1', aadObjectId: 42, name: 'A' }), false), undefined);
  });

  it('is nobody in production outside Teams, and the sender of another channel in development', () => {
    assert.equal(actorIdOf(teams({ id: 'dl_1', aadObjectId: 'aad-1', name: 'A' }, 'webchat'), true), undefined);
    assert.equal(actorIdOf(teams({ id: 'dl_1', aadObjectId: 'aad-1', name: 'A' }, 'emulator'), false), 'aad-1');
  });
});

describe('a token worth verifying', () => {
  const now = 2_000_000_000;
  it('names this bot and has not expired', () => {
    assert.equal(plausibleToken(jwt({ aud: 'bot', exp: now + 60 }), 'bot', now), true);
  });

  it('is not missing, another scheme, another audience, expired or not a JWT', () => {
    for (const header of [
      undefined,
      '',
      'Basic dXNlcjpwdw==',
      jwt({ aud: 'other', exp: now + 60 }),
      jwt({ aud: 'bot', exp: now - 3600 }),
      jwt({ aud: 'bot' }),
      'Bearer abc',
      `Bearer e30.${'A'.repeat(9000)}.c2ln`,
      'Bearer e30.bm90IGpzb24.c2ln',
    ]) {
      assert.equal(plausibleToken(header, 'bot', now), false, String(header).slice(0, 40));
    }
  });
});

describe('the headers of a body', () => {
  it('accept JSON in UTF-8, uncompressed, within the limit', () => {
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON; charset="UTF-8"'])
      assert.equal(checkBodyHeaders({ 'content-type': type, 'content-length': '1000' }), null, type);
    assert.equal(checkBodyHeaders({ 'content-type': 'application/json', 'content-encoding': 'identity' }), null);
  });

  it('refuse other types, charsets and any compression with 415', () => {
    for (const headers of [
      {},
      { 'content-type': 'multipart/form-data; boundary=x' },
      { 'content-type': 'application/json; charset=utf-16' },
      { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    ]) {
      assert.equal(checkBodyHeaders(headers)?.status, 415, JSON.stringify(headers));
    }
  });

  it('refuse a declared size over the limit with 413, and one that is not a number with 400', () => {
    const check = (length: string) => checkBodyHeaders({ 'content-type': 'application/json', 'content-length': length }, 262_144);
    assert.equal(check('262144'), null);
    assert.deepEqual(check('262145'), { ok: false, status: 413, reason: 'te groot / too large' });
    for (const length of ['abc', '-1', '1e3', ' 12']) assert.equal(check(length)?.status, 400, length);
  });
});
