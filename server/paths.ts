// Files the compiled server reads at run time, relative to dist-server/.
export const packageRoot = new URL('../', import.meta.url);
export const schemaFolder = new URL('schemas/', packageRoot);
