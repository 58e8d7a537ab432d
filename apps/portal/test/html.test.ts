import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { html } from '../src/html.js';

describe('html', () => {
  test('escapes interpolated text and attribute values', () => {
    const text = `<script>alert("x")</script> & 'y'`;
    assert.equal(
      html`<p title="${text}">${text}</p>`.value,
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>',
    );
  });

  test('inserts nested templates as is, joins arrays and drops false, null and undefined', () => {
    const items = ['a<b', 'c'].map((item) => html`<li>${item}</li>`);
    assert.equal(html`<ul>${items}</ul>${false}${null}${undefined}${0}`.value, '<ul><li>a&lt;b</li><li>c</li></ul>0');
  });
});
