import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBody, detectCharset } from '../../src/feeds/charset.ts';

const xml = (decl: string, body = '<rss/>') => Buffer.from(`<?xml version="1.0"${decl}?>${body}`);

test('order of trust: BOM, then HTTP header, then the XML declaration, then utf-8', () => {
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), xml(' encoding="euc-kr"')]);
  assert.equal(detectCharset(bom, 'text/xml; charset=shift_jis', 'xml'), 'utf-8');
  assert.equal(detectCharset(xml(' encoding="euc-kr"'), 'text/xml; charset=Shift_JIS', 'xml'), 'shift_jis');
  assert.equal(detectCharset(xml(' encoding="euc-kr"'), 'text/xml', 'xml'), 'euc-kr');
  assert.equal(detectCharset(xml(''), null, 'xml'), 'utf-8');
});

test('aliases map to names iconv-lite decodes; unknown labels are ignored', () => {
  const cases: [string, string][] = [
    ['ks_c_5601-1987', 'euc-kr'], ['KS_C_5601-1987', 'euc-kr'], ['cp949', 'euc-kr'], ['x-sjis', 'shift_jis'],
    ['Windows-31J', 'shift_jis'], ['EUC-JP', 'euc-jp'], ['gb2312', 'gb18030'], ['ISO-8859-15', 'iso-8859-15'],
    ['koi8-r', 'koi8-r'], ['windows-1251', 'windows-1251'], ['latin1', 'iso-8859-1'], ['Big5', 'big5'],
  ];
  for (const [label, name] of cases) assert.equal(detectCharset(xml(''), `text/xml; charset="${label}"`, 'xml'), name, label);
  assert.equal(detectCharset(xml(' encoding="no-such-charset"'), 'text/xml; charset=bogus', 'xml'), 'utf-8');
});

test('HTML: <meta charset> and http-equiv are read', () => {
  assert.equal(detectCharset(Buffer.from('<html><head><meta charset="EUC-KR"><title>x</title>'), 'text/html', 'html'), 'euc-kr');
  const httpEquiv = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">';
  assert.equal(detectCharset(Buffer.from(httpEquiv), null, 'html'), 'shift_jis');
  assert.equal(detectCharset(Buffer.from(httpEquiv), null, 'xml'), 'utf-8', 'meta is not a declaration in XML');
});

test('utf-16 and utf-32 are recognised with or without a BOM', () => {
  const text = '<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel><title>경보</title></channel></rss>';
  const be = Buffer.from(iconv.encode(text, 'utf-16be'));
  assert.equal(detectCharset(be, null, 'xml'), 'utf-16be');
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
  assert.equal(decodeBody(le, null, 'xml').text, text);
  assert.equal(detectCharset(iconv.encode(text, 'utf-32be'), 'application/xml; charset=iso-8859-1', 'xml'), 'utf-32be');
});

test('invalid utf-8 under a utf-8 label falls back, with a note', () => {
  const latin = Buffer.from('<?xml version="1.0" encoding="utf-8"?><rss><title>caf\xe9 \x93quoted\x94</title></rss>', 'latin1');
  const decoded = decodeBody(latin, 'application/rss+xml; charset=utf-8', 'xml');
  assert.equal(decoded.charset, 'windows-1252');
  assert.match(decoded.text, /café “quoted”/);
  assert.match(decoded.note ?? '', /not valid utf-8/);
});

test('undeclared legacy bytes: Korean, Japanese and Cyrillic are told apart', () => {
  const wrap = (s: string) => `<rss><channel><title>${s}</title><description>${s} ${s}</description></channel></rss>`;
  const korean = wrap('한미일 미사일 경보 정보 공유 체계가 정상적으로 작동하고 있다');
  const japanese = wrap('日米韓のミサイル警戒情報の共有は正常に稼働している');
  const russian = wrap('Обмен данными о ракетах работает нормально');
  assert.equal(decodeBody(iconv.encode(korean, 'euc-kr'), null, 'xml').text, korean);
  assert.equal(decodeBody(iconv.encode(japanese, 'shift_jis'), null, 'xml').text, japanese);
  assert.equal(decodeBody(iconv.encode(japanese, 'euc-jp'), null, 'xml').text, japanese);
  assert.equal(decodeBody(iconv.encode(russian, 'koi8-r'), null, 'xml').charset, 'koi8-r');
  assert.equal(decodeBody(iconv.encode(russian, 'windows-1251'), null, 'xml').charset, 'windows-1251');
  assert.equal(decodeBody(Buffer.from(wrap('Caf\xe9 cr\xe8me'), 'latin1'), null, 'xml').charset, 'windows-1252');
});
