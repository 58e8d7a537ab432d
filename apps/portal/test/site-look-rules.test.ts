import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  checkLook,
  contrast,
  formatRatio,
  hoverColor,
  lookContrasts,
  lookCss,
  PORTAL_LOOK,
  toFontFamily,
  toHexColor,
} from '../src/site-look.js';

describe('site look', () => {
  test('colours: #rgb and #rrggbb only, as lowercase #rrggbb', () => {
    assert.equal(toHexColor('#0B5'), '#00bb55');
    assert.equal(toHexColor('#A1b2C3'), '#a1b2c3');
    for (const bad of ['red', '#12345', '#1234567', '#ggg', 'rgb(0,0,0)', '#fff;', ' #fff', '#fff}</style>', 'var(--x)']) {
      assert.equal(toHexColor(bad), undefined, bad);
    }
  });

  test('font families: names of a safe character set, each may be wholly quoted', () => {
    assert.equal(toFontFamily(' Roboto ,  "Noto  Sans",sans-serif '), 'Roboto, "Noto Sans", sans-serif');
    assert.equal(toFontFamily("Bình Minh, 'Times New Roman', serif"), "Bình Minh, 'Times New Roman', serif");
    assert.equal(toFontFamily('   '), '');
    for (const bad of [
      'Roboto;}</style><script>',
      'Roboto; color: red',
      '"Roboto',
      '\'Roboto"',
      'Roboto, , serif',
      'url(x)',
      'A\\000022',
      'Roboto\n}',
      'a/* */b',
      'a'.repeat(201),
    ]) {
      assert.equal(toFontFamily(bad), undefined, bad);
    }
  });

  test('contrast: the WCAG ratio, rounded down when said', () => {
    assert.equal(contrast('#000000', '#ffffff'), 21);
    assert.equal(contrast('#ffffff', '#ffffff'), 1);
    assert.equal(formatRatio(contrast('#777777', '#ffffff')), '4.4:1');
    assert.equal(formatRatio(contrast('#767676', '#ffffff')), '4.5:1');
  });

  test('checkLook: the first problem, or the look as stored', () => {
    assert.deepEqual(checkLook({ ...PORTAL_LOOK, primary: '#B3131B' }), { look: PORTAL_LOOK });
    assert.deepEqual(checkLook({ ...PORTAL_LOOK, text: 'black' }), { problem: { field: 'text', kind: 'color' } });
    assert.deepEqual(checkLook({ ...PORTAL_LOOK, fontFamily: 'x;y' }), { problem: { field: 'fontFamily', kind: 'font' } });
    assert.deepEqual(checkLook({ ...PORTAL_LOOK, radius: 25 }), { problem: { field: 'radius', kind: 'radius' } });
    const low = checkLook({ ...PORTAL_LOOK, text: '#777777' });
    assert.ok('problem' in low && low.problem.kind === 'contrast' && low.problem.field === 'text' && low.problem.other === 'surface');
    const primary = checkLook({ ...PORTAL_LOOK, primary: '#ff9999' });
    assert.ok('problem' in primary && primary.problem.kind === 'contrast' && primary.problem.field === 'primary');
  });

  test('the hover colour: a quarter of the way from primary to text, held to 4.5:1 on the background like primary', () => {
    assert.equal(hoverColor({ primary: '#b3131b', text: '#1f2328' }), '#8e171e');
    assert.equal(hoverColor({ primary: '#ffffff', text: '#000000' }), '#bfbfbf');
    // On a dark background a red primary (4.6:1) towards a green text mixes to a colour darker than both.
    const dark = { primary: '#ff0000', text: '#69db7c', surface: '#121212', fontFamily: '', radius: 4 };
    assert.equal(formatRatio(contrast(dark.primary, dark.surface)), '4.6:1');
    assert.equal(hoverColor(dark), '#da371f');
    const refused = checkLook(dark);
    assert.ok('problem' in refused && refused.problem.kind === 'contrast');
    assert.deepEqual(
      { ...refused.problem, ratio: formatRatio(refused.problem.ratio) },
      {
        field: 'primary',
        kind: 'contrast',
        other: 'surface',
        ratio: '4:1',
        hover: '#da371f',
      },
    );
    // The pairs come first: a primary too light is said as itself, not as its hover colour.
    const pair = checkLook({ ...dark, primary: '#660000' });
    assert.ok('problem' in pair && pair.problem.kind === 'contrast' && pair.problem.field === 'primary' && !pair.problem.hover);
    // A lighter primary makes a hover colour that is readable, and the look is taken; the portal's own is.
    assert.ok('look' in checkLook({ ...dark, primary: '#ff5555' }));
    assert.ok('look' in checkLook(PORTAL_LOOK));
    assert.match(lookCss(PORTAL_LOOK), /--ap-color-primary-hover: #8e171e;/);

    assert.deepEqual(
      lookContrasts(dark).map(({ field, hover, color, other }) => [field, hover, color, other]),
      [
        ['text', false, '#69db7c', 'surface'],
        ['primary', false, '#ff0000', 'surface'],
        ['primary', true, '#da371f', 'surface'],
      ],
    );
    assert.deepEqual(
      lookContrasts({ primary: '#ff0000', surface: '#121212' }).map((c) => c.hover),
      [false],
      'no hover colour without a text colour',
    );
    assert.deepEqual(lookContrasts({ primary: '#ff0000', text: '#69db7c' }), [], 'nothing without a background');
  });

  test('lookCss: the tokens on :root; no font family token for the page’s own font', () => {
    const css = lookCss(PORTAL_LOOK);
    assert.match(css, /^:root \{\n {2}--ap-color-primary: #b3131b;\n {2}--ap-color-primary-hover: #[0-9a-f]{6};\n/);
    assert.match(css, /--ap-color-on-primary: #ffffff;\n {2}--ap-color-text: #1f2328;\n {2}--ap-color-surface: #ffffff;\n/);
    assert.match(css, /--ap-radius: 4px;\n\}\n$/);
    assert.doesNotMatch(css, /font-family/);
    assert.match(lookCss({ ...PORTAL_LOOK, fontFamily: 'Georgia, serif' }), /--ap-font-family: Georgia, serif;\n\}\n$/);
  });
});
