/**
 * Article text out of an HTML page: the <article> or <main> element when there
 * is one, without scripts, styles, navigation, headers, footers, forms and
 * elements whose class or id marks them as sharing, menus or breadcrumbs.
 */
export function htmlToText(html: string): { text: string; title: string | null } {
  const title = firstTagText(html, 'h1') ?? firstTagText(html, 'title');
  const scoped = innerOf(html, 'article') ?? innerOf(html, 'main') ?? innerOf(html, 'body') ?? html;
  return { text: decodeEntities(stripTags(scoped)), title: title ? decodeEntities(title).trim() : null };
}

const DROPPED_TAGS = new Set(['script', 'style', 'nav', 'header', 'footer', 'aside', 'form', 'noscript', 'svg', 'button', 'iframe', 'template', 'select']);
const DROPPED_CLASS = /\b(share|sharing|social|breadcrumbs?|menu|navbar|nav|footer|cookie|subscribe|related|sidebar|pagination|tags)\b/i;
const BLOCK_TAGS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'blockquote', 'figcaption', 'dd', 'dt', 'hr']);
const VOID_TAGS = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'source', 'wbr', 'area', 'base', 'col', 'embed', 'track']);

function stripTags(html: string): string {
  const cleaned = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g;
  let out = '';
  let last = 0;
  const skipStack: string[] = [];
  for (const m of cleaned.matchAll(tag)) {
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    const attrs = m[3] ?? '';
    // Line breaks in the page's source are spaces, as a browser shows them; only block elements break lines.
    if (skipStack.length === 0) out += cleaned.slice(last, m.index).replace(/\s+/g, ' ');
    last = (m.index ?? 0) + m[0].length;
    const selfClosing = VOID_TAGS.has(name) || attrs.trimEnd().endsWith('/');
    if (skipStack.length > 0) {
      if (!selfClosing && !closing && name === skipStack[0]) skipStack.push(name);
      else if (closing && name === skipStack[0]) skipStack.pop();
      continue;
    }
    if (!closing && !selfClosing && (DROPPED_TAGS.has(name) || DROPPED_CLASS.test(classAndId(attrs)))) {
      skipStack.push(name);
      continue;
    }
    if (BLOCK_TAGS.has(name)) out += name === 'li' && !closing ? '\n• ' : '\n';
  }
  if (skipStack.length === 0) out += cleaned.slice(last).replace(/\s+/g, ' ');
  return out.replace(/[ \t\r\f\v]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n');
}

function classAndId(attrs: string): string {
  const parts = [...attrs.matchAll(/\b(?:class|id|role)\s*=\s*("([^"]*)"|'([^']*)'|(\S+))/gi)];
  return parts.map((p) => p[2] ?? p[3] ?? p[4] ?? '').join(' ');
}

function innerOf(html: string, tag: string): string | null {
  const open = new RegExp(`<${tag}\\b[^>]*>`, 'i').exec(html);
  if (!open) return null;
  const close = html.toLowerCase().lastIndexOf(`</${tag}>`);
  const from = open.index + open[0].length;
  return close > from ? html.slice(from, close) : html.slice(from);
}

function firstTagText(html: string, tag: string): string | null {
  const m = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'i').exec(html);
  const text = m ? (m[1] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim() : '';
  return text || null;
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”',
  lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', bull: '•', shy: '', thinsp: ' ', ensp: ' ', emsp: ' ',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}
