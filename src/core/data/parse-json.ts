/**
 * Parses JSON text and, when it is not valid JSON, says where (the browser's
 * message names the position). Apart from the checkers, which load lazily.
 */
export function parseJson(text: string): { value?: unknown; error?: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { error: message };
  }
}
