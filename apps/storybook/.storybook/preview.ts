import { html } from 'lit';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';

interface Member {
  static?: boolean;
  privacy?: 'public' | 'private' | 'protected';
}
interface Module {
  declarations?: { members?: Member[] }[];
}

// Every package's analyzer output, merged into one manifest for the docs tables. Storybook would list
// private and static members as properties too: keep only the public instance API.
const manifests = import.meta.glob<{ modules: Module[] }>('../../../packages/*/custom-elements.json', { eager: true, import: 'default' });
setCustomElementsManifest({
  schemaVersion: '1.0.0',
  modules: Object.values(manifests)
    .flatMap((manifest) => manifest.modules)
    .map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => !member.static && (member.privacy ?? 'public') === 'public'),
      })),
    })),
});

const preview: Preview = {
  tags: ['autodocs'],
  // Storybook's own page says lang="en"; the widgets default to Vietnamese, as on the portal.
  decorators: [(story) => html`<div lang="vi">${story()}</div>`],
};

export default preview;
