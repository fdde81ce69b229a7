// Small helpers for server-side HTML: escaping and the page frame with the stylesheet. Pure.
import type { Lang } from '../vocabulary';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A tagged template whose interpolations are escaped unless they are already `Html`. */
export class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}
type Part = string | number | Html | null | undefined | false | Part[];
const render = (part: Part): string =>
  Array.isArray(part) ? part.map(render).join('') : part instanceof Html ? part.value : part === null || part === undefined || part === false ? '' : esc(String(part));
export const html = (strings: TemplateStringsArray, ...parts: Part[]) => new Html(strings.reduce((out, s, i) => out + s + (i < parts.length ? render(parts[i]!) : ''), ''));

export function page(lang: Lang, title: string, body: Html): string {
  return `<!doctype html>${html`<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="stylesheet" href="/covenants/explorer.css"></head><body>${body}</body></html>`.value}`;
}
