import { parseFeed } from './src/feeds/parse.ts';
const N = 100000;
const cases: Record<string, string> = {
  comments: '<rss version="2.0"><channel><item><title>x</title><description>' + '&lt;!--'.repeat(N) + '</description></item></channel></rss>',
  scripts: '<rss version="2.0"><channel><item><description><![CDATA[' + '<script>'.repeat(N) + ']]></description></item></channel></rss>',
  prologComments: '<!--'.repeat(N) + '<rss version="2.0"><channel/></rss>',
  cdataOpen: '<rss version="2.0"><channel><item><title>' + '<![CDATA['.repeat(N),
  bang: '<rss version="2.0"><channel><item><title>' + '<!x'.repeat(N),
  tags: '<rss version="2.0"><channel>' + '<a b="'.repeat(N),
  amps: '<rss version="2.0"><channel><title>' + '&'.repeat(N * 5) + '</title></channel></rss>',
  deep: '<rss version="2.0"><channel>' + '<x>'.repeat(N) ,
  longdate: '<rss version="2.0"><channel><item><pubDate>' + 'Mon '.repeat(N) + '</pubDate></item></channel></rss>',
  json: '{"version":"https://jsonfeed.org/version/1.1","items":[' + '{"title":"x"},'.repeat(N) + '{}]}',
  entities: '<!DOCTYPE r [<!ENTITY a "&a;&a;&a;&a;">]><rss version="2.0"><channel><title>&a;&a;</title></channel></rss>',
};
for (const [name, text] of Object.entries(cases)) {
  const t = performance.now();
  const r = await parseFeed(Buffer.from(text), { url: 'http://127.0.0.1/' }).then((f) => `ok items=${f.items.length} w=${f.warnings.length}`, (e) => `${e.code ?? 'CRASH ' + e}`);
  console.log(name, Math.round(performance.now() - t), 'ms', r);
}
