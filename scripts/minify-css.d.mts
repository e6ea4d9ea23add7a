import type { SourceMap } from 'magic-string';

export function minifyCss(body: string): string;
export function minifyCssLiterals(code: string, id: string): { code: string; map: SourceMap } | null;
