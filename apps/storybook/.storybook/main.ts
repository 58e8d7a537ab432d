import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../../../packages/*/stories/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // JSON in the articles API's shape and small images, so the stories of data-driven widgets need no server.
  staticDirs: [{ from: '../fixtures', to: '/fixtures' }],
  core: { disableTelemetry: true },
};

export default config;
