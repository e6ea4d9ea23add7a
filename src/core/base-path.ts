/*
 * Where the lazily loaded assets (the member map's geometry) live when the
 * bundler did not copy them. Vite and webpack 5 follow the library's literal
 * `new URL('./europe.paths.json', import.meta.url)` and need nothing; esbuild
 * and plain Rollup leave it pointing next to the page's bundle, so their
 * users copy the assets somewhere and say where, as Shoelace's setBasePath does.
 */
let basePath: string | undefined;

/**
 * Tells the widgets the folder that holds their assets, e.g.
 * `setBasePath('/assets/city-network-widgets/')` after copying
 * `node_modules/city-network-widgets/dist/npm/member-map/europe.paths.json` there. Relative paths
 * resolve against the page. Call it before the first widget renders.
 */
export function setBasePath(path: string): void {
  // Resolved when read: a module that calls this may also run on a server that renders the
  // page (Next.js, Astro), where there is no page to resolve against.
  basePath = path.endsWith('/') ? path : `${path}/`;
}

/** The folder set with `setBasePath`, resolved against the page, or undefined when none was set. */
export function getBasePath(): string | undefined {
  return basePath === undefined ? undefined : new URL(basePath, document.baseURI).href;
}

/** The URL of an asset in the folder set with `setBasePath`, or undefined when none was set. */
export function basePathUrl(file: string): string | undefined {
  const folder = getBasePath();
  return folder === undefined ? undefined : new URL(file, folder).href;
}
