import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createAddressGuard, BlockedAddressError } from '../../src/fetch/address-policy.ts';
import { createFetcher, defaultFetchPolicy, FetchError, isPublicAddress, type FetchPolicy } from '../../src/fetch/index.ts';
import { installConnectTripwire, startServer, tableLookup, testPolicy, type TestServer } from './helpers.ts';

test('isPublicAddress accepts only globally routable unicast', () => {
  const notPublic = [
    '127.0.0.1', '127.1.2.3', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
    '100.64.0.1', '100.127.255.255', '0.0.0.0', '255.255.255.255', '224.0.0.1', '240.0.0.1', '192.0.2.1',
    '198.18.0.1', '::', '::1', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1', '::ffff:127.0.0.1',
    '::ffff:10.0.0.1', '::ffff:169.254.169.254', '64:ff9b::a00:1', '2002:a00:1::', '2001:db8::1', '100::1',
    'not an ip', '', '[::1]',
  ];
  for (const ip of notPublic) assert.equal(isPublicAddress(ip), false, ip);
  for (const ip of ['8.8.8.8', '93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700::1111',
    '::ffff:8.8.8.8', '64:ff9b::808:808', '[2a00:1450::1]']) {
    assert.equal(isPublicAddress(ip), true, ip);
  }
});

test('the guard refuses inside the resolver, and allowHosts opens names and CIDRs', async () => {
  const { lookup } = tableLookup({ 'internal.test': ['10.1.2.3'], 'feeds.internal': ['10.9.9.9'], 'lab.test': ['192.168.7.7'] });
  const guard = createAddressGuard({ allowPrivateNetworks: false, allowHosts: ['feeds.internal', '192.168.0.0/16'], lookup });
  const resolve = (host: string) =>
    new Promise<unknown>((done) => guard.lookup(host, { all: true }, (err, addresses) => done(err ?? addresses)));
  assert.ok((await resolve('internal.test')) instanceof BlockedAddressError);
  assert.deepEqual(await resolve('feeds.internal'), [{ address: '10.9.9.9', family: 4 }]);
  assert.deepEqual(await resolve('lab.test'), [{ address: '192.168.7.7', family: 4 }]);
  assert.equal(guard.allows('x', '::ffff:192.168.1.1'), true, 'IPv4-mapped matches the IPv4 CIDR');
  assert.equal(guard.allows('x', '10.0.0.1'), false);
  const open = createAddressGuard({ allowPrivateNetworks: true, allowHosts: [] });
  assert.equal(open.allows('x', '10.0.0.1'), true);
});

let server: TestServer;
let tripwire: ReturnType<typeof installConnectTripwire>;
before(async () => {
  tripwire = installConnectTripwire();
  server = await startServer((req, res) => {
    const target = new URL(req.url ?? '/', 'http://x').searchParams.get('to');
    if (target) {
      res.writeHead(302, { location: target });
      return res.end();
    }
    res.end('hello');
  });
});
after(async () => {
  tripwire.dispose();
  await server.close();
});

async function blocked(policy: FetchPolicy, url: string): Promise<FetchError> {
  const err = await createFetcher(policy)({ url }).then(() => assert.fail(`expected ${url} to be blocked`), (e: unknown) => e);
  assert.ok(err instanceof FetchError, String(err));
  assert.equal(err.code, 'blocked_address', err.message);
  return err;
}

test('loopback is refused by default, for literals and for names', async () => {
  const { lookup } = tableLookup({ 'localhost.test': ['127.0.0.1'] });
  const strict = { ...defaultFetchPolicy, lookup };
  await blocked(strict, `${server.url}/`);
  await blocked(strict, `http://localhost.test:${server.port}/`);
  await blocked(strict, `http://[::1]:${server.port}/`);
  await blocked(strict, `http://[::ffff:127.0.0.1]:${server.port}/`);
  await blocked(strict, `http://0x7f.1:${server.port}/`);
});

test('a redirect to a name resolving to 10.1.2.3 is refused before connecting', async () => {
  const { lookup, asked } = tableLookup({ 'internal.test': ['10.1.2.3'] });
  const policy = testPolicy({ lookup });
  const target = encodeURIComponent(`http://internal.test:${server.port}/secret`);
  const err = await blocked(policy, `${server.url}/?to=${target}`);
  assert.equal(err.url, `http://internal.test:${server.port}/secret`);
  assert.deepEqual(asked, ['internal.test']);
  assert.deepEqual(tripwire.stopped, [], 'the guard, not the tripwire, stopped it');
});

test('a redirect to a non-allowed loopback literal is refused', async () => {
  await blocked(testPolicy(), `${server.url}/?to=${encodeURIComponent(`http://127.0.0.2:${server.port}/`)}`);
  await blocked(testPolicy(), `${server.url}/?to=${encodeURIComponent(`http://[::1]:${server.port}/`)}`);
});

test('refused addresses are dropped from a mixed answer; allowed ones are used', async () => {
  const { lookup } = tableLookup({ 'mixed.test': ['10.0.0.1', '127.0.0.1'] });
  const result = await createFetcher(testPolicy({ lookup }))({ url: `http://mixed.test:${server.port}/` });
  assert.equal(result.body.toString(), 'hello');
  assert.deepEqual(tripwire.stopped, []);
});

test('allowHosts by name and allowPrivateNetworks open private targets', async () => {
  const { lookup } = tableLookup({ 'feeds.internal': ['127.0.0.1'], 'any.test': ['127.0.0.1'] });
  const byName = await createFetcher({ ...defaultFetchPolicy, allowHosts: ['feeds.internal'], lookup })({
    url: `http://feeds.internal:${server.port}/`,
  });
  assert.equal(byName.body.toString(), 'hello');
  const open = await createFetcher({ ...defaultFetchPolicy, allowPrivateNetworks: true, lookup })({
    url: `http://any.test:${server.port}/`,
  });
  assert.equal(open.body.toString(), 'hello');
});

test('an unknown name is a dns error', async () => {
  const { lookup } = tableLookup({});
  const err = await createFetcher(testPolicy({ lookup }))({ url: 'http://nowhere.test/' }).catch((e: unknown) => e);
  assert.ok(err instanceof FetchError);
  assert.equal(err.code, 'dns');
});
