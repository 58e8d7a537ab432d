import { html } from 'lit';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { argTypesOf, type ElementDeclaration } from './arg-types.js';

interface Module {
  declarations?: ElementDeclaration[];
}

// Every package's manifest, merged into one for the docs pages (the element's description).
const manifests = import.meta.glob<{ modules: Module[] }>('../../../packages/*/custom-elements.json', { eager: true, import: 'default' });
const modules = Object.values(manifests).flatMap((manifest) => manifest.modules);
setCustomElementsManifest({ schemaVersion: '1.0.0', modules });
const elements = new Map(
  modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => (declaration.tagName ? [[declaration.tagName, declaration]] : [])),
);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    docs: {
      // Each attribute, property, event, slot, part and CSS property once (see arg-types.ts).
      extractArgTypes: (tagName: string) => {
        const declaration = elements.get(tagName);
        return declaration ? argTypesOf(declaration) : null;
      },
    },
  },
  // Storybook's own page says lang="en"; the widgets default to Vietnamese, as on the portal.
  decorators: [(story) => html`<div lang="vi">${story()}</div>`],
};

export default preview;
