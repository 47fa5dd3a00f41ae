// `tidemark timex`: argument checks and the JSON it prints.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { timexCommand } from '../../src/temporal/cli.ts';

const SENTENCE =
  'They agreed Saturday to operate it within this year, building on the summit last November and the arrangement signed in 2014.';

function io(stdin = '', files: Record<string, string> = {}) {
  const out: string[] = [];
  return {
    out,
    io: {
      stdout: (s: string) => void out.push(s),
      readStdin: async () => stdin,
      readFile: async (p: string) => {
        const f = files[p];
        if (f === undefined) throw new Error('ENOENT: no such file');
        return f;
      },
    },
  };
}

describe('timex command', () => {
  test('acceptance sentence from stdin', async () => {
    const t = io(SENTENCE);
    assert.equal(await timexCommand(['--published', '2023-06-03', '-'], t.io), 0);
    const parsed = JSON.parse(t.out.join('')) as Array<{ value: string; mod?: string; deadline?: boolean }>;
    assert.deepEqual(parsed.map((x) => x.value), ['2023-06-03', '2023', '2022-11', '2014']);
    assert.equal(parsed[1]?.mod, 'END');
    assert.equal(parsed[1]?.deadline, true);
  });

  test('reads a file and honours --lang', async () => {
    const t = io('', { 'a.txt': '지난해 11월 합의했다.' });
    assert.equal(await timexCommand(['--published=2023-06-03', '--lang', 'ko', 'a.txt'], t.io), 0);
    assert.match(t.out.join(''), /"value": "2022-11"/);
  });

  test('a bad --published is exit code 2 with a message', async () => {
    for (const bad of [['--published', 'yesterday'], ['--published', '2023-13-45'], []]) {
      const t = io(SENTENCE);
      assert.equal(await timexCommand(bad, t.io), 2);
      assert.match(t.out.join(''), /--published/);
    }
  });

  test('a bad --lang and an unreadable file are reported', async () => {
    const t = io();
    assert.equal(await timexCommand(['--published', '2023-06-03', '--lang', 'fr'], t.io), 2);
    const f = io();
    assert.equal(await timexCommand(['--published', '2023-06-03', 'missing.txt'], f.io), 1);
    assert.match(f.out.join(''), /cannot read missing.txt/);
  });
});
