// The CLI as a user runs it: add a feed served by a local server, ingest, print the timeline as JSON.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { serveFixtures, type FixtureServer } from '../../src/demo/fixture-server.ts';
import { repoRoot, runCli } from '../support/spawn.ts';

const dir = mkdtempSync(join(tmpdir(), 'tidemark-cli-'));
const env = { DATABASE_URL: `file:${join(dir, 'cli.db')}`, FETCH_ALLOW_PRIVATE_NETWORKS: 'true', FETCH_HOST_DELAY_MS: '0' };
let fixtures: FixtureServer;

before(async () => {
  fixtures = await serveFixtures(join(repoRoot, 'fixtures/demo'));
});
after(async () => {
  await fixtures.close();
  rmSync(dir, { recursive: true, force: true });
});

test('feeds add, ingest --feed, timeline --json', async () => {
  const added = await runCli(['feeds', 'add', `${fixtures.url}/feed.xml`, '--topic', 'kr-us-jp-missile-warning', '--json'], env);
  assert.equal(added.code, 0, added.stderr);
  const feedId = JSON.parse(added.stdout).feed.id;
  // Only our feed: the shipped topic's real feeds are unreachable from tests by design.
  const ingested = await runCli(['ingest', '--feed', String(feedId)], env);
  assert.equal(ingested.code, 0, ingested.stderr);
  assert.equal(JSON.parse(ingested.stdout).counts.articles, 5);

  const timeline = await runCli(['timeline', 'kr-us-jp-missile-warning', '--json'], env);
  assert.equal(timeline.code, 0, timeline.stderr);
  const body = JSON.parse(timeline.stdout);
  assert.deepEqual(body.milestones.map((m: any) => m.date), ['2014', '2022-11', '2023', '2023-06-03']);
  assert.ok(body.milestones.every((m: any) => m.evidence.length > 0));

  const listed = await runCli(['feeds', 'list', '--json'], env);
  const ours = JSON.parse(listed.stdout).feeds.find((f: any) => f.id === feedId);
  assert.equal(ours.lastStatus, 'ok');
});

test('usage errors exit 2 with a message, never a stack trace', async () => {
  const r = await runCli(['feeds', 'add', 'not-a-url', '--topic', 'kr-us-jp-missile-warning'], env);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /url/);
  assert.doesNotMatch(r.stderr, /at \w+ \(/);
  const unknown = await runCli(['frobnicate'], env);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /Unknown command/);
});

test('timex prints the seed sentence dates', async () => {
  const file = join(dir, 'seed.txt');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(file, 'They agreed Saturday to operate it within this year, building on the summit last November and the arrangement signed in 2014.');
  const r = await runCli(['timex', '--published', '2023-06-03', file], {});
  assert.equal(r.code, 0, r.stderr);
  const values = JSON.parse(r.stdout).map((t: any) => t.value);
  assert.deepEqual(values, ['2023-06-03', '2023', '2022-11', '2014']);
});
