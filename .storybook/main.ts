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
  // size warning for a build nobody downloads from a city's page. In the dev server, Storybook's
  // renderer imports lit/directive-helpers.js, which Vite did not prebundle with the rest of Lit:
  // a second lit-html ("Multiple versions of Lit loaded" in every story).
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    build: { ...viteConfig.build, chunkSizeWarningLimit: 2500 },
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
  }),
};

export default config;
