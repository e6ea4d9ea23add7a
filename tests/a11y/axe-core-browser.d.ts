// The browser build of axe-core: imported for its side effect, it puts `axe` on the window.
declare module 'axe-core/axe.min.js';
