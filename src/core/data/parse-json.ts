/**
 * Parses JSON text and, when it is not valid JSON, says where (the browser's
 * message names the position). Apart from the checkers, which load lazily.
 */
export function parseJson(text: string): { value?: unknown; error?: string } {
  // An empty answer (a server that sent nothing) said "Unexpected end of JSON input".
  if (!text.trim()) return { error: 'it is empty' };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { error: message };
  }
}
