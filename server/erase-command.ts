export async function eraseCommand(_config: unknown, _args: string[]): Promise<number> {
  return 1;
}
