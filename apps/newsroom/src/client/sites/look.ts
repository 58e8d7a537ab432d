// The site form's "Look" fieldset: the site's own colours, font family and corner radius, each colour as a picker with
// its hex text, the contrasts that must be readable (the two pairs and the hover colour) shown as they change, and the
// checks of apps/portal/src/site-look.ts (the server's) made before anything is sent. Rendered inside the form's shadow
// root, so that its fields take part in the form's errors and focus like the others.
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  formatRatio,
  LOOK_COLORS,
  lookContrasts,
  MAX_FONT_FAMILY,
  MAX_RADIUS,
  MIN_CONTRAST,
  MIN_RADIUS,
  PORTAL_LOOK,
  toFontFamily,
  toHexColor,
  type LookColor,
  type LookContrast,
  type SiteLook,
} from '@agency-portal/portal/site-look.js';
import type { SiteStrings } from './strings.js';

/** What the look's fields hold, as typed; `own` is false for a site in the portal's look. */
export interface LookDraft {
  own: boolean;
  primary: string;
  text: string;
  surface: string;
  fontFamily: string;
  radius: string;
}

export function lookDraftOf(look: SiteLook | null | undefined): LookDraft {
  const from = look ?? PORTAL_LOOK;
  return { own: !!look, ...from, radius: String(from.radius) };
}

/** The field names of the look's errors (the ids of their inputs). */
export const lookField = (name: keyof SiteLook) => `look-${name}`;

/** What a contrast is of, as said: the pair, or the hover colour with its value. */
const pairOf = (checked: LookContrast, t: SiteStrings) => (checked.hover ? t.contrastHover(checked.color) : t.contrastPair[checked.field]);

/** The look as the API takes it (null: the portal's), and what is wrong with it by field id. */
export function checkLookDraft(draft: LookDraft, t: SiteStrings): { look: SiteLook | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!draft.own) return { look: null, errors };
  const colors = {} as Record<LookColor, string>;
  for (const name of LOOK_COLORS) {
    const color = toHexColor(draft[name].trim());
    if (color === undefined) errors[lookField(name)] = t.lookColorBad;
    else colors[name] = color;
  }
  const fontFamily = toFontFamily(draft.fontFamily);
  if (fontFamily === undefined) errors[lookField('fontFamily')] = t.lookFontBad(MAX_FONT_FAMILY);
  const radius = /^\d{1,2}$/.test(draft.radius.trim()) ? Number(draft.radius) : NaN;
  if (!(radius >= MIN_RADIUS && radius <= MAX_RADIUS)) errors[lookField('radius')] = t.lookRadiusBad(MIN_RADIUS, MAX_RADIUS);
  // The first contrast too low of a colour is said under its field (the hover colour's under primary, which makes it).
  for (const checked of lookContrasts(colors)) {
    const field = lookField(checked.field);
    if (!errors[field] && checked.ratio < MIN_CONTRAST)
      errors[field] = t.contrastLow(pairOf(checked, t), formatRatio(checked.ratio), MIN_CONTRAST);
  }
  return { look: { ...colors, fontFamily: fontFamily ?? '', radius }, errors };
}

/** The fieldset; `change` takes the new draft, `error` a field's error. */
export function renderLook(draft: LookDraft, t: SiteStrings, change: (draft: LookDraft) => void, error: (field: string) => string) {
  const set = (name: keyof LookDraft) => (event: Event) => change({ ...draft, [name]: (event.target as HTMLInputElement).value });
  const invalid = (name: keyof SiteLook) => (error(lookField(name)) ? 'true' : 'false');
  const field = (name: keyof SiteLook, label: string, control: unknown, hint?: string) => html`<div class="field">
    <label for=${lookField(name)}>${label}</label>
    ${control} ${hint ? html`<span class="hint" id="${lookField(name)}-hint">${hint}</span>` : nothing}
    <span class="error" id="${lookField(name)}-error">${error(lookField(name))}</span>
  </div>`;
  const color = (name: LookColor) =>
    field(
      name,
      t.lookColor[name],
      html`<div class="color-row">
        <input
          type="color"
          class="picker"
          aria-label=${t.lookPicker(t.lookColor[name])}
          .value=${live(toHexColor(draft[name].trim()) ?? '#000000')}
          @input=${set(name)}
        />
        <input
          id=${lookField(name)}
          name=${lookField(name)}
          maxlength="7"
          autocomplete="off"
          autocapitalize="none"
          spellcheck="false"
          .value=${live(draft[name])}
          @input=${set(name)}
          aria-invalid=${invalid(name)}
          aria-describedby="${lookField(name)}-hint ${lookField(name)}-error"
        />
      </div>`,
      t.lookColorHint,
    );
  return html`<fieldset class="look" aria-describedby="look-hint">
    <legend>${t.look}</legend>
    <p class="hint" id="look-hint">${t.lookHint}</p>
    <label class="check">
      <input
        type="checkbox"
        name="look-own"
        .checked=${live(draft.own)}
        @change=${(event: Event) => change({ ...draft, own: (event.target as HTMLInputElement).checked })}
      />
      ${t.lookOwn}
    </label>
    ${
      draft.own
        ? html`<div class="row">${LOOK_COLORS.map(color)}</div>
            <p class="contrast" role="status">${contrastLines(draft, t)}</p>
            <div class="row">
              ${field(
                'fontFamily',
                t.lookFont,
                html`<input
                  id=${lookField('fontFamily')}
                  name=${lookField('fontFamily')}
                  maxlength=${MAX_FONT_FAMILY}
                  autocomplete="off"
                  spellcheck="false"
                  .value=${live(draft.fontFamily)}
                  @input=${set('fontFamily')}
                  aria-invalid=${invalid('fontFamily')}
                  aria-describedby="${lookField('fontFamily')}-hint ${lookField('fontFamily')}-error"
                />`,
                t.lookFontHint,
              )}
              ${field(
                'radius',
                t.lookRadius,
                html`<input
                  id=${lookField('radius')}
                  name=${lookField('radius')}
                  type="number"
                  inputmode="numeric"
                  min=${MIN_RADIUS}
                  max=${MAX_RADIUS}
                  step="1"
                  .value=${live(draft.radius)}
                  @input=${set('radius')}
                  aria-invalid=${invalid('radius')}
                  aria-describedby="${lookField('radius')}-hint ${lookField('radius')}-error"
                />`,
                t.lookRadiusHint(MIN_RADIUS, MAX_RADIUS),
              )}
            </div>`
        : nothing
    }
  </fieldset>`;
}

/** Each contrast that must be readable, as the colours are typed (nothing for one whose colours are not colours yet). */
function contrastLines(draft: LookDraft, t: SiteStrings) {
  const colors: Partial<Record<LookColor, string>> = {};
  for (const name of LOOK_COLORS) colors[name] = toHexColor(draft[name].trim());
  return lookContrasts(colors).map((checked) => {
    const [what, ratio] = [pairOf(checked, t), formatRatio(checked.ratio)];
    const low = checked.ratio < MIN_CONTRAST;
    return html`<span class=${low ? 'low' : 'ok'}
      >${low ? t.contrastLow(what, ratio, MIN_CONTRAST) : t.contrastOk(what, ratio, MIN_CONTRAST)}</span
    >`;
  });
}

/** A stored look in one line, for the current values after a version conflict. */
export const describeLook = (look: SiteLook) =>
  [look.primary, look.text, look.surface, look.fontFamily, `${look.radius}px`].filter(Boolean).join(', ');
