/*
 * The map's own styles, adopted into the element's shadow root when the map
 * code arrives (the element's styles reserve the map's box before that).
 * A plain string, not Lit's css``: this chunk must not import Lit (see
 * member-map.map.ts); the tag below only lets the build minify it like css``.
 */
const css = String.raw;

export const mapStyles = css`
  svg {
    display: block;
    width: 100%;
    height: 100%;
  }

  /* Markers are found by position (memberAt), so no path is hit-tested: testing a pointer against
     the outlines and thousands of markers' arcs took 30 ms of a frame on a slow phone (4× CPU). */
  .countries,
  .markers {
    pointer-events: none;
  }

  /* The markers on a layer of their own: a step of thousands of markers paints their tiles again,
     not the outlines' (10,000 members, CPU 4×: 15–25 % less time on the raster threads). */
  .markers {
    will-change: transform;
  }
  svg:has(.markers [data-active]) {
    cursor: pointer;
  }

  .countries path {
    fill: var(--_land);
    stroke: var(--_border);
    stroke-width: 0.5;
    stroke-linejoin: round;
    /* The outlines are scaled by one transform; their lines keep their width. */
    vector-effect: non-scaling-stroke;
  }

  .countries path.member-country {
    fill: var(--_member-land);
  }

  .countries path.filtered {
    fill: color-mix(in srgb, var(--_accent) 38%, var(--_surface));
  }

  /* A path holds hundreds of markers, and paints all their outlines after all their fills: where
     markers crowd, the outlines covered the markers (white patches). Outlines first, at twice the
     width (the fill covers the inner half): crowded markers show as one shape with its halo. */
  .markers path {
    fill: var(--_marker);
    stroke: var(--_surface);
    stroke-width: 3;
    paint-order: stroke;
    transform-box: fill-box;
    transform-origin: center;
  }

  .markers path.founding {
    fill: var(--_founding);
  }

  .markers path.highlighted {
    stroke: var(--_text);
    stroke-width: 4;
  }

  .markers path.selected,
  .markers path[data-active] {
    stroke: var(--_focus);
    stroke-width: 6;
    transform: scale(1.5);
  }

  .marker-label {
    font-size: 0.8em;
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 3;
    paint-order: stroke;
    pointer-events: none;
  }

  .marker-label.selected {
    font-weight: 700;
  }

  @media (forced-colors: active) {
    .countries path {
      fill: Canvas;
      stroke: CanvasText;
    }
    .countries path.member-country {
      fill: Canvas;
      stroke-width: 1.5;
    }
    .markers path,
    .markers path.founding {
      fill: CanvasText;
      forced-color-adjust: none;
    }
    .markers path.selected,
    .markers path[data-active] {
      fill: Highlight;
      stroke: Highlight;
    }
  }
`;
