import type { ArgTypes } from '@storybook/web-components-vite';

/** One entry of a custom element's API in its manifest. */
export interface ApiItem {
  name: string;
  kind?: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  static?: boolean;
  privacy?: string;
}

/** A custom element's declaration in a manifest, as far as the docs table reads it. */
export interface ElementDeclaration {
  tagName?: string;
  attributes?: ApiItem[];
  members?: ApiItem[];
  events?: ApiItem[];
  slots?: ApiItem[];
  cssParts?: ApiItem[];
  cssProperties?: ApiItem[];
}

type Kind = 'attributes' | 'members' | 'events' | 'slots' | 'cssParts' | 'cssProperties';

/** The docs table's categories, in order, and the part of the manifest each shows. */
export const CATEGORIES: readonly (readonly [string, Kind])[] = [
  ['attributes', 'attributes'],
  ['properties', 'members'],
  ['events', 'events'],
  ['slots', 'slots'],
  ['css shadow parts', 'cssParts'],
  ['css custom properties', 'cssProperties'],
];

/** The rows of one kind: for members, the public instance properties (methods and statics are no table rows). */
export function rowsOf(declaration: ElementDeclaration, kind: Kind): ApiItem[] {
  const items = declaration[kind] ?? [];
  return kind === 'members' ? items.filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public') : items;
}

/** The name a row shows: the default slot has none in the manifest. */
export const rowName = (kind: Kind, item: ApiItem) => (kind === 'slots' && !item.name ? '(default)' : item.name);

/**
 * The docs table of an element: one row for each attribute, property, event, slot, part and CSS property.
 * Storybook's own mapping keys every row by its bare name, so a part, a property and an attribute of one name (the
 * pagination's `current`, the carousel's `picker`) became one row, and the default slot, which has no name, none.
 * Attributes keep their names as keys, since the stories' args and controls are attributes; every other row has its
 * category in its key.
 */
export function argTypesOf(declaration: ElementDeclaration): ArgTypes {
  const argTypes: ArgTypes = {};
  for (const [category, kind] of CATEGORIES) {
    for (const item of rowsOf(declaration, kind)) {
      const name = rowName(kind, item);
      argTypes[kind === 'attributes' ? name : `${category}: ${name}`] = {
        name,
        description: item.description,
        control: false,
        table: {
          category,
          type: item.type?.text ? { summary: item.type.text } : undefined,
          defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
        },
      };
    }
  }
  return argTypes;
}
