/**
 * Has the browser read the bold face of `element`'s font ahead of the first
 * content, in a task of its own while the data is still loading or being
 * checked. A face is a file that the browser reads the first time a page
 * shows text in it: on a page whose own text never used that face (a page set
 * in a web font, or one without bold text), this took 13 ms of the first
 * content's layout on a slow phone (4× CPU), a third of that frame. Measuring
 * a word on a canvas reads the face without adding anything to the page; on
 * any other page it finds the face already read.
 */
export function warmBoldFace(element: Element): void {
  const warm = () => {
    const { fontSize, fontFamily } = getComputedStyle(element);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return;
    context.font = `700 ${fontSize} ${fontFamily}`;
    context.measureText('0');
  };
  // At background priority: after what is waiting (data that has come renders first), and in a
  // gap while a long list is checked. Not core/background.ts: the drawing code imports nothing
  // of the element's (member-map.map.ts).
  const { scheduler } = globalThis as { scheduler?: { postTask?: (task: () => void, options: object) => unknown } };
  if (scheduler?.postTask) scheduler.postTask(warm, { priority: 'background' });
  else setTimeout(warm);
}
