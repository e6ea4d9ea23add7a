export async function hashPasswordCommand(): Promise<number> {
  return 1;
}
