import type { SourceMap } from 'magic-string';

export function minifyCss(body: string): string;
export function minifyTemplateLiterals(code: string, id: string): { code: string; map: SourceMap } | null;
