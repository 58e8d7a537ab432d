// The text side of search: the exact and folded forms, reading a query, and highlighting that cannot inject markup.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyText, exactForm, foldedForm, highlight, htmlText, parseQuery, snippet } from '../src/search/text.js';

test('the exact form unifies case, NFC and the old and new tone-mark placement; the folded form drops every mark and đ', () => {
  assert.equal(exactForm('Hòa BÌNH'), exactForm('hoà bình'));
  assert.equal(exactForm('thủy lợi'), exactForm('THUỶ LỢI'));
  assert.equal(exactForm('sức khỏe'), exactForm('sức khoẻ'));
  assert.equal(exactForm('hòa'.normalize('NFD')), exactForm('hoà'));
  assert.notEqual(exactForm('bài'), exactForm('bãi'));
  assert.notEqual(exactForm('lê'), exactForm('lễ'));
  assert.equal(foldedForm('Đảng ủy Khối'), 'dang uy khoi');
  assert.equal(foldedForm('Chuyển đổi số'), 'chuyen doi so');
});

test('a query is words and quoted phrases; engine syntax is only word breaks; the last bare word is a prefix', () => {
  assert.deepEqual(parseQuery('cai cach hanh chinh'), {
    terms: [
      { exact: ['cai'], folded: ['cai'], prefix: false },
      { exact: ['cach'], folded: ['cach'], prefix: false },
      { exact: ['hanh'], folded: ['hanh'], prefix: false },
      { exact: ['chinh'], folded: ['chinh'], prefix: true },
    ],
    hasDiacritics: false,
  });
  assert.deepEqual(parseQuery('"Cải cách" hòa'), {
    terms: [
      { exact: ['cải', 'cách'], folded: ['cai', 'cach'], prefix: false },
      { exact: ['hoà'], folded: ['hoa'], prefix: true },
    ],
    hasDiacritics: true,
  });
  assert.deepEqual(
    parseQuery('NEAR(x*, -y) : {a} OR "b c').terms.map((term) => term.folded.join(' ')),
    ['near', 'x', 'y', 'a', 'or', 'b c'],
  );
  assert.equal(parseQuery('x "b c').terms.at(-1)?.prefix, false, 'an unclosed quote runs to the end, and its words are whole');
  assert.equal(parseQuery('hanh c').terms.at(-1)?.prefix, false, 'one letter is matched whole');
  for (const empty of ['', '   ', '***', '"', '""', '-:^()', '🙂', '\u0300\u0301']) assert.deepEqual(parseQuery(empty).terms, [], empty);
});

test('stored HTML is read as text: tags are word breaks, entities are characters', () => {
  assert.equal(htmlText('<p>Một</p><p>hai &amp; <strong>ba</strong></p><ul><li>bốn</li></ul>'), 'Một hai & ba bốn');
  assert.equal(bodyText('Tóm tắt.', '<p>Nội dung</p>'), 'Tóm tắt. Nội dung');
});

test('highlights mark whole matching words, folded, and escape everything: no markup from the text or the query', () => {
  const query = parseQuery('cai cach <script>');
  assert.equal(highlight('Cải cách hành chính', query), '<mark>Cải cách</mark> hành chính');
  assert.equal(
    highlight('<script>alert("cải")</script> & <b>', query),
    '&lt;<mark>script</mark>&gt;alert(&quot;<mark>cải</mark>&quot;)&lt;/<mark>script</mark>&gt; &amp; &lt;b&gt;',
  );
  assert.equal(highlight('cải cách', parseQuery('"><img src=x onerror=alert(1)>')), 'cải cách');
  assert.equal(highlight('Chuyển đổi số', parseQuery('chuyen doi s')), '<mark>Chuyển đổi</mark> số', 'one letter is whole');
  assert.equal(highlight('Chuyển đổi số', parseQuery('chuyen do')), '<mark>Chuyển đổi</mark> số', 'the last word as a prefix');
});

test('a snippet is the passage with the most query words, cut with an ellipsis', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `từ${i}`).join(' ');
  const text = `${filler(60)} Đẩy mạnh cải cách hành chính trong năm. ${filler(60)}`;
  const out = snippet(text, parseQuery('cai cach hanh chinh'));
  assert.match(out, /^…/);
  assert.match(out, /…$/);
  assert.match(out, /<mark>cải cách hành chính<\/mark>/);
  assert.ok(out.indexOf('<mark>') < out.length / 2, 'the words are near the start of the passage');
  assert.equal(snippet('Ngắn gọn.', parseQuery('x')), 'Ngắn gọn.');
  assert.equal(snippet(`${filler(40)}`, parseQuery('khong co')), `${filler(32)}…`);
  assert.equal(snippet('a <b> & "c"', parseQuery('c')), 'a &lt;b&gt; &amp; &quot;<mark>c</mark>&quot;');
});
