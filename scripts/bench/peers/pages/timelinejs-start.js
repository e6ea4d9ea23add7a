/* global TL, window -- TimelineJS's global, in the browser */
// The same conferences as the widget, from a JSON URL as the widget loads them.
// font: null keeps TimelineJS on the page's fonts, as the widget is, instead of
// fetching a web-font stylesheet from its CDN.
window.timeline = new TL.Timeline('timeline', '/bench-data/timelinejs.json', { font: null });
