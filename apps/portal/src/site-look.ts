// A member site's own look: the few design tokens (packages/core/src/tokens.ts) that make the widgets look as on the
// site, checked here for the server (which stores a look and writes it into the embed preview's CSS), the newsroom's
// site form (which checks as the staff type) and the embed builder (which shows the CSS a site adds). No Node or DOM.
//
// The values end up in CSS, so each is held to a shape that cannot leave its declaration: colours `#rgb`/`#rrggbb`
// only, a font family of names from letters, digits, spaces and hyphens (each may be wholly quoted), a radius in
// whole pixels.

export interface SiteLook {
  /** Links, headings and buttons: `#rrggbb`. */
  primary: string;
  /** Body text: `#rrggbb`. */
  text: string;
  /** The background the widgets sit on, and the text on primary buttons: `#rrggbb`. */
  surface: string;
  /** A CSS font family list such as `Roboto, "Noto Sans", sans-serif`; empty for the page's own font. */
  fontFamily: string;
  /** The corner radius, in pixels. */
  radius: number;
}

export const LOOK_COLORS = ['primary', 'text', 'surface'] as const;
export type LookColor = (typeof LOOK_COLORS)[number];
export const MIN_RADIUS = 0;
export const MAX_RADIUS = 24;
export const MAX_FONT_FAMILY = 200;
/** WCAG 2 AA for normal text. */
export const MIN_CONTRAST = 4.5;

/** The look of the portal's own tokens (their defaults), the starting point of a site's own. */
export const PORTAL_LOOK: SiteLook = { primary: '#b3131b', text: '#1f2328', surface: '#ffffff', fontFamily: '', radius: 4 };

const COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
/** One family: a name, or a name in matching single or double quotes. */
const FAMILY = /^(?:"[\p{L}\p{M}0-9 -]+"|'[\p{L}\p{M}0-9 -]+'|[\p{L}\p{M}0-9 -]+)$/u;

/** `value` as lowercase `#rrggbb`, or undefined when it is not `#rgb` or `#rrggbb`. */
export function toHexColor(value: string): string | undefined {
  if (!COLOR.test(value)) return undefined;
  const hex = value.slice(1).toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex}`;
}

/** A font family list with its names trimmed and joined by ", ", or undefined when a name is not allowed. */
export function toFontFamily(value: string): string | undefined {
  if (value.length > MAX_FONT_FAMILY) return undefined;
  if (value.trim() === '') return '';
  const names = value.split(',').map((name) => name.trim().replace(/\s+/g, ' '));
  return names.every((name) => FAMILY.test(name)) ? names.join(', ') : undefined;
}

const channels = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The ratio as people read it: 4.5:1, rounded down so that 4.49 never reads as 4.5. */
export const formatRatio = (ratio: number) => `${Math.floor(ratio * 10) / 10}:1`;

/**
 * The pairs that must reach MIN_CONTRAST: text on the background, and primary against the background, which is both
 * a link on the page and the text on a primary button (the on-primary colour is the background).
 */
export const CONTRAST_PAIRS: readonly (readonly [LookColor, LookColor])[] = [
  ['text', 'surface'],
  ['primary', 'surface'],
];

/** `a` moved `share` of the way to `b`. */
function mix(a: string, b: string, share: number): string {
  const [from, to] = [channels(a), channels(b)];
  return `#${from
    .map((value, i) =>
      Math.round(value + (to[i]! - value) * share)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * The hover colour of what is drawn in primary: primary moved a quarter of the way towards the text colour, so it stays
 * apart from the background as the text does. On a light background it always does; on a dark one, primary and text of
 * far hues (a red towards a green) can mix to a darker colour than either, so it is checked like the pairs.
 */
export const hoverColor = (look: Pick<SiteLook, 'primary' | 'text'>) => mix(look.primary, look.text, 0.25);

/** A contrast the look must reach: `color` (the field's, or the hover colour made from primary) on `other`. */
export interface LookContrast {
  field: LookColor;
  /** Whether `color` is the hover colour (field: primary), not the field's own. */
  hover: boolean;
  color: string;
  other: LookColor;
  ratio: number;
}

/**
 * The contrasts the look must reach, of the colours given (`#rrggbb`; one missing leaves out what needs it): the pairs,
 * then the hover colour on the background, which is drawn where primary is (the token `--ap-color-primary-hover`).
 */
export function lookContrasts(colors: Partial<Record<LookColor, string>>): LookContrast[] {
  const list: LookContrast[] = [];
  const add = (field: LookColor, hover: boolean, color: string | undefined, other: LookColor) => {
    const on = colors[other];
    if (color && on) list.push({ field, hover, color, other, ratio: contrast(color, on) });
  };
  for (const [field, other] of CONTRAST_PAIRS) add(field, false, colors[field], other);
  const { primary, text } = colors;
  add('primary', true, primary && text && hoverColor({ primary, text }), 'surface');
  return list;
}

export type LookProblem =
  | { field: LookColor; kind: 'color' }
  | { field: 'fontFamily'; kind: 'font' }
  | { field: 'radius'; kind: 'radius' }
  /** `hover`: the hover colour made from primary, when it is that colour that is too close to the background. */
  | { field: LookColor; kind: 'contrast'; other: LookColor; ratio: number; hover?: string };

/** The look as stored (colours as `#rrggbb`, names trimmed), or the first thing wrong with it. */
export function checkLook(input: SiteLook): { look: SiteLook } | { problem: LookProblem } {
  const colors = {} as Record<LookColor, string>;
  for (const field of LOOK_COLORS) {
    const color = toHexColor(input[field]);
    if (color === undefined) return { problem: { field, kind: 'color' } };
    colors[field] = color;
  }
  const fontFamily = toFontFamily(input.fontFamily);
  if (fontFamily === undefined) return { problem: { field: 'fontFamily', kind: 'font' } };
  if (!(Number.isInteger(input.radius) && input.radius >= MIN_RADIUS && input.radius <= MAX_RADIUS))
    return { problem: { field: 'radius', kind: 'radius' } };
  const low = lookContrasts(colors).find(({ ratio }) => ratio < MIN_CONTRAST);
  if (low) {
    const { field, other, ratio } = low;
    return { problem: { field, kind: 'contrast', other, ratio, ...(low.hover ? { hover: low.color } : {}) } };
  }
  return { look: { ...colors, fontFamily, radius: input.radius } };
}

/** The tokens a checked look sets, in order; focus rings take the text colour. */
export function lookTokens(look: SiteLook): [string, string][] {
  return [
    ['--ap-color-primary', look.primary],
    ['--ap-color-primary-hover', hoverColor(look)],
    ['--ap-color-on-primary', look.surface],
    ['--ap-color-text', look.text],
    ['--ap-color-surface', look.surface],
    ['--ap-color-focus', look.text],
    ['--ap-radius', `${look.radius}px`],
    ...(look.fontFamily ? [['--ap-font-family', look.fontFamily] as [string, string]] : []),
  ];
}

/** The CSS a site puts in its own stylesheet to give the widgets its look. */
export function lookCss(look: SiteLook): string {
  return `:root {\n${lookTokens(look)
    .map(([name, value]) => `  ${name}: ${value};\n`)
    .join('')}}\n`;
}
