/**
 * Has the browser read the bold face of `element`'s font ahead of the first
 * content, in a gap while a long list is checked. A face is a file that the
 * browser reads the first time a page shows text in it: on a page whose own
 * text never used that face (a page set in a web font, or one without bold
 * text), this took 13 ms of the first content's layout on a slow phone (4×
 * CPU), a third of that frame. Measuring a word on a canvas reads the face
 * without adding anything to the page; on any other page it finds the face
 * already read. Call it once text is laid out (while the data is checked):
 * earlier, the first face read also starts the browser's fonts, and the task
 * was 50–70 ms at 4× CPU.
 */
export function warmBoldFace(element: Element): void {
  // The face is what takes the time; a size of it is quick to add (2–4 ms), so any size will do.
  const warm = () => {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return;
    context.font = `700 16px ${getComputedStyle(element).fontFamily}`;
    context.measureText('0');
  };
  // After a frame (which styled the element: asked before it, its style was a long task of its
  // own), at background priority: after what is waiting (data that has come renders first), and
  // in a gap while a long list is checked. Where there is no postTask, the first content reads the
  // face.
  const { scheduler } = globalThis as { scheduler?: { postTask?: (task: () => void, options: object) => unknown } };
  requestAnimationFrame(() => scheduler?.postTask?.(warm, { priority: 'background' }));
}
