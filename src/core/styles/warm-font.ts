/** A face of the element's font: its weight, and its size in em of the element's own. */
export type Face = readonly [weight: number, em: number];

/**
 * Has the browser read the faces of `element`'s font that its content will
 * use (by default the bold one) ahead of the first content, in a gap while a
 * long list is checked. A face is a file, and each size of it a strike, that
 * the browser looks up the first time a page shows text in it: on a page whose
 * own text never used that face (a page set in a web font, or one without bold
 * text), this took 13 ms of the first content's layout on a slow phone (4×
 * CPU), a third of that frame. Measuring a word on a canvas reads the face
 * without adding anything to the page; on any other page it finds the face
 * already read. Call it once text is laid out (while the data is checked):
 * earlier, the first face read also starts the browser's fonts, and the task
 * was 50–70 ms at 4× CPU.
 */
export function warmFaces(element: Element, faces: readonly Face[] = [[700, 1]]): void {
  const warm = ([weight, em]: Face) => {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return;
    const { fontFamily, fontSize } = getComputedStyle(element);
    context.font = `${weight} ${parseFloat(fontSize) * em}px ${fontFamily}`;
    context.measureText('0');
  };
  // After a frame (which styled the element: asked before it, its style was a long task of its
  // own), at background priority: after what is waiting (data that has come renders first), and
  // in a gap while a long list is checked; a face per task, as each may be a lookup of 5–15 ms at
  // 4× CPU. Where there is no postTask, the first content reads the faces.
  const { scheduler } = globalThis as { scheduler?: { postTask?: (task: () => void, options: object) => unknown } };
  requestAnimationFrame(() => {
    for (const face of faces) scheduler?.postTask?.(() => warm(face), { priority: 'background' });
  });
}
