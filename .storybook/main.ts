import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // The docs addon renders the autodocs pages (without it every Docs page is blank).
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [{ from: '../demo/data', to: '/data' }],
  core: { disableTelemetry: true },
  docs: {},
  // Storybook's own UI and docs renderer are one large chunk by design: no
  // size warning for a build nobody downloads from a city's page.
  viteFinal: (viteConfig) => ({ ...viteConfig, build: { ...viteConfig.build, chunkSizeWarningLimit: 2500 } }),
};

export default config;
