import { parseFeed } from './src/feeds/parse.ts';
const N = Number(process.argv[2] ?? 100000);
const text = '<rss version="2.0"><channel><item><title>' + '<!x'.repeat(N);
const t = performance.now();
const r = await parseFeed(Buffer.from(text), { url: 'http://127.0.0.1/' }).then((f) => `ok items=${f.items.length} w=${f.warnings.length}`, (e) => `${e.code ?? 'CRASH ' + e}`);
console.log('bang', N, Math.round(performance.now() - t), 'ms', r);
