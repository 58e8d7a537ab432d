// Clipboard HTML from Word (Windows and Mac), Google Docs and LibreOffice, reduced to what the article editor can
// hold (see extensions.ts and the server's allow-list in apps/server/src/sanitize.ts): paragraphs, h2/h3, bold,
// italic, real lists, quotes, links, figures and tables. Used as the editor's `transformPastedHTML`.
//
// The pasted markup is rebuilt rather than filtered: text is collected with the formatting it shows (bold and
// italic, whether expressed by tags or by inline styles) and written out again into a fixed set of elements with a
// fixed set of attributes. Whatever is not understood is unwrapped, so its text stays.

/** Formatting in effect for a piece of text. */
interface Format {
  bold: boolean;
  italic: boolean;
  /** The (checked) target of the enclosing link, if any. */
  href: string | null;
}

/** A piece of a paragraph's content, before whitespace is tidied and elements are written. */
type Run =
  | { kind: 'text'; text: string; format: Format }
  /** A line break: `hard` for a real `<br>`, soft for the edge of a block met inside a paragraph. */
  | { kind: 'break'; hard: boolean };

/** The list being rebuilt from Word's list paragraphs: one entry per open level. */
interface WordListLevel {
  list: HTMLElement;
  level: number;
  /** Word's list id (`l0 lfo1`): another id at the same level starts another list. */
  id: string;
}

/** Where blocks are being written: the element, the inline content not yet placed, the open Word list. */
interface Flow {
  out: HTMLElement;
  pending: Run[];
  wordList: WordListLevel[] | null;
}

/** Elements dropped whole, content included (scripts, embedded objects, form controls, document metadata). */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'source',
  'track',
  'input',
  'select',
  'textarea',
  'button',
  'option',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'xml',
  'col',
  'colgroup',
  'map',
  'area',
]);

/** Elements that start a new line: inside a paragraph they become line breaks. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const BLOCK_SELECTOR = [...BLOCKS].join(',');

/** Elements whose content is a line of text: written as a paragraph or a heading. */
const PARAGRAPH_LIKE = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'dt', 'dd', 'address', 'summary', 'legend']);

/**
 * Word's downlevel conditional sections (`<![if !supportLists]>…<![endif]>`) whose content is a stand-in for
 * something that is not text: list markers (handled apart), line-break and empty-paragraph fillers, layout rows of
 * tables and reviewers' comment markers.
 */
const SKIPPED_CONDITIONALS = /^\[if !(supportLineBreakNewLine|supportMisalignedColumns|supportEmptyParas|supportAnnotations)\]$/i;
const LIST_MARKER_CONDITIONAL = /^\[if !supportLists\]$/i;
const END_CONDITIONAL = /^\[endif\]$/i;

/** A numbered list's marker as Word writes it: `1.`, `1)`, `(1)`, `a.`, `iv.`, `1.2.`; anything else is a bullet. */
const ORDERED_MARKER = /^(\(?(\d+|[a-z]{1,6})[.)]|\d+(\.\d+)+\.?|\(([a-z]{1,6}|\d+)\))$/i;

const WORD_LIST_STYLE = /mso-list\s*:\s*(l\d+)\s+level(\d+)\s+(lfo\d+)/i;
const WORD_LIST_CLASS = /^MsoListParagraph/i;
const WORD_LIST_CONTINUATION_CLASS = /^MsoListParagraphCxSp(Middle|Last)$/i;
const WORD_MARKER_STYLE = /mso-list\s*:\s*ignore/i;
const WORD_HEADING_CLASS = /^Mso(Title|Subtitle)$/i;

/**
 * Cleans clipboard HTML for the article editor: see the file's header. HTML copied from a ProseMirror editor (this
 * one included) carries `data-pm-slice` and is returned as it is, so that copying within the editor keeps the
 * structure it needs; the editor's schema still decides what it keeps.
 */
export function cleanPastedHtml(html: string): string {
  if (/\sdata-pm-slice=/i.test(html)) return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out = doc.createElement('div');
  const flow: Flow = { out, pending: [], wordList: null };
  const none: Format = { bold: false, italic: false, href: null };
  convertChildren(doc.body, flow, none);
  flush(flow);
  return out.innerHTML;
}

// ---------------------------------------------------------------------------------------------------------------
// Blocks

function convertChildren(parent: Node, flow: Flow, format: Format): void {
  for (const child of visibleChildren(parent, false)) convertNode(child, flow, format);
}

function convertNode(node: Node, flow: Flow, format: Format): void {
  if (node.nodeType === Node.TEXT_NODE) {
    flow.pending.push({ kind: 'text', text: node.nodeValue ?? '', format });
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const el = node as HTMLElement;
  const tag = tagOf(el);
  if (isDropped(tag)) return;

  if (PARAGRAPH_LIKE.has(tag)) return convertParagraph(el, tag, flow, format);
  if (tag === 'ul' || tag === 'ol' || tag === 'menu' || tag === 'dir') return emit(flow, convertList(el, format));
  if (tag === 'blockquote') {
    flush(flow);
    const quote = el.ownerDocument.createElement('blockquote');
    convertInto(quote, el, formatOf(el, format));
    return emit(flow, quote.childNodes.length ? quote : null);
  }
  if (tag === 'table') return convertTable(el, flow, format);
  if (tag === 'figure') return convertFigure(el, flow, format);
  if (tag === 'hr') return flush(flow);
  if (tag === 'br') return collectNode(el, format, flow.pending, false);
  if (BLOCKS.has(tag)) {
    // A wrapper of blocks (div, section, li or table parts out of place): its edges end the current paragraph.
    flush(flow);
    convertChildren(el, flow, formatOf(el, format));
    flush(flow);
    return;
  }
  // An inline element. Google Docs wraps whole documents in one (`<b id="docs-internal-guid-…">`): then it is
  // transparent, its formatting passed on to the blocks inside.
  if (el.querySelector(BLOCK_SELECTOR)) convertChildren(el, flow, formatOf(el, format));
  else collectNode(el, format, flow.pending, false);
}

/** Converts the children of `source` as blocks into `target`. */
function convertInto(target: HTMLElement, source: Node, format: Format): void {
  const flow: Flow = { out: target, pending: [], wordList: null };
  convertChildren(source, flow, format);
  flush(flow);
}

/** Appends a finished block; anything but a Word list paragraph ends the Word list in progress. */
function emit(flow: Flow, block: HTMLElement | null): void {
  flush(flow);
  if (!block) return;
  flow.wordList = null;
  flow.out.append(block);
}

/** Places inline content met between blocks in a paragraph of its own. */
function flush(flow: Flow): void {
  if (!flow.pending.length) return;
  const runs = flow.pending;
  flow.pending = [];
  const p = flow.out.ownerDocument.createElement('p');
  if (writeRuns(p, runs)) {
    flow.wordList = null;
    flow.out.append(p);
  }
}

function convertParagraph(el: HTMLElement, tag: string, flow: Flow, format: Format): void {
  flush(flow);
  const doc = el.ownerDocument;
  const own = formatOf(el, format);
  if (tag === 'p') {
    const item = wordListItem(el);
    if (item) return addWordListItem(flow, el, item, own);
    if (flow.wordList && WORD_LIST_CONTINUATION_CLASS.test(el.className)) {
      // A paragraph of Word's List Paragraph style without a number: more text of the item above.
      const p = doc.createElement('p');
      if (writeRuns(p, collectChildren(el, own, false))) lastItem(flow.wordList[flow.wordList.length - 1].list).append(p);
      return;
    }
  }
  let name = 'p';
  if (tag === 'h1' || tag === 'h2' || (tag === 'p' && WORD_HEADING_CLASS.test(el.className))) name = 'h2';
  else if (/^h[3-6]$/.test(tag)) name = 'h3';
  const block = doc.createElement(name);
  const runs = collectChildren(el, own, false, tag === 'pre');
  emit(flow, writeRuns(block, runs) ? block : null);
}

function convertList(el: HTMLElement, format: Format): HTMLElement | null {
  const doc = el.ownerDocument;
  const list = doc.createElement(tagOf(el) === 'ol' ? 'ol' : 'ul');
  const own = formatOf(el, format);
  for (const child of visibleChildren(el, false)) {
    const tag = child.nodeType === Node.ELEMENT_NODE ? tagOf(child as HTMLElement) : '';
    if (tag === 'ul' || tag === 'ol') {
      // Google Docs and LibreOffice put a nested list next to its item rather than inside it.
      const nested = convertList(child as HTMLElement, own);
      if (nested) lastItem(list).append(nested);
      continue;
    }
    if (child.nodeType === Node.TEXT_NODE && !/[^\s]/.test(child.nodeValue ?? '')) continue;
    const li = doc.createElement('li');
    if (tag === 'li') convertInto(li, child, formatOf(child as HTMLElement, own));
    else {
      const flow: Flow = { out: li, pending: [], wordList: null };
      convertNode(child, flow, own);
      flush(flow);
    }
    if (li.childNodes.length) list.append(li);
  }
  return list.childNodes.length ? list : null;
}

/** The list item (or, when none is open, a new one) that a nested list or a continuation joins. */
function lastItem(list: HTMLElement): HTMLElement {
  const last = list.lastElementChild;
  if (last && tagOf(last as HTMLElement) === 'li') return last as HTMLElement;
  const li = list.ownerDocument.createElement('li');
  list.append(li);
  return li;
}

function convertTable(el: HTMLElement, flow: Flow, format: Format): void {
  const doc = el.ownerDocument;
  const own = formatOf(el, format);
  const head: HTMLElement[] = [];
  const body: HTMLElement[] = [];
  const foot: HTMLElement[] = [];
  const captions: HTMLElement[] = [];
  const addRow = (tr: HTMLElement, rows: HTMLElement[]) => {
    const row = convertRow(tr, own);
    if (row) rows.push(row);
  };
  for (const child of visibleChildren(el, false)) {
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const part = child as HTMLElement;
    const tag = tagOf(part);
    if (tag === 'caption') {
      // The editor's tables have no caption: its text goes in a paragraph above the table.
      const p = doc.createElement('p');
      if (writeRuns(p, collectChildren(part, own, false))) captions.push(p);
    } else if (tag === 'tr') addRow(part, body);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      const rows = tag === 'thead' ? head : tag === 'tfoot' ? foot : body;
      for (const tr of visibleChildren(part, false)) {
        if (tr.nodeType === Node.ELEMENT_NODE && tagOf(tr as HTMLElement) === 'tr') addRow(tr as HTMLElement, rows);
      }
    }
  }
  for (const caption of captions) emit(flow, caption);
  if (!head.length && !body.length && !foot.length) return;
  const table = doc.createElement('table');
  if (head.length) {
    const thead = doc.createElement('thead');
    thead.append(...head);
    table.append(thead);
  }
  if (body.length || foot.length) {
    const tbody = doc.createElement('tbody');
    tbody.append(...body, ...foot);
    table.append(tbody);
  }
  emit(flow, table);
}

function convertRow(tr: HTMLElement, format: Format): HTMLElement | null {
  const doc = tr.ownerDocument;
  const row = doc.createElement('tr');
  const own = formatOf(tr, format);
  for (const child of visibleChildren(tr, false)) {
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const source = child as HTMLElement;
    const tag = tagOf(source);
    if (tag !== 'td' && tag !== 'th') continue;
    const cell = doc.createElement(tag);
    for (const name of ['colspan', 'rowspan']) {
      const value = Number.parseInt(source.getAttribute(name) ?? '', 10);
      if (value > 1 && value < 1000) cell.setAttribute(name, String(value));
    }
    convertInto(cell, source, formatOf(source, own));
    row.append(cell);
  }
  return row.childNodes.length ? row : null;
}

function convertFigure(el: HTMLElement, flow: Flow, format: Format): void {
  const doc = el.ownerDocument;
  const own = formatOf(el, format);
  const img = el.querySelector('img');
  const src = img && imageSource(img.getAttribute('src'));
  const caption = el.querySelector('figcaption');
  // Only a plain picture with a caption is a figure; anything richer is taken apart, keeping its text.
  const others = [...el.querySelectorAll('*')].filter((node) => node !== img && node !== caption && !caption?.contains(node));
  const plain = others.every((node) => !BLOCKS.has(tagOf(node as HTMLElement)) && !(node as HTMLElement).querySelector('img, figcaption'));
  const looseText = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && /[^\s]/.test(node.nodeValue ?? ''));
  if (!img || !src || !plain || looseText) {
    flush(flow);
    convertChildren(el, flow, own);
    flush(flow);
    return;
  }
  const figure = doc.createElement('figure');
  const image = doc.createElement('img');
  image.setAttribute('src', src);
  image.setAttribute('alt', img.getAttribute('alt') ?? '');
  for (const name of ['width', 'height']) {
    const size = dimension(img.getAttribute(name));
    if (size) image.setAttribute(name, size);
  }
  const figcaption = doc.createElement('figcaption');
  if (caption) writeRuns(figcaption, collectChildren(caption, formatOf(caption, own), false));
  figure.append(image, figcaption);
  emit(flow, figure);
}

// ---------------------------------------------------------------------------------------------------------------
// Word's lists: paragraphs with `mso-list:l0 level1 lfo1` and a typed-out marker, rebuilt as ul/ol

interface WordItem {
  level: number;
  id: string;
  ordered: boolean;
}

/** Whether a paragraph is an item of a Word list, with its level, list and kind; null when it is not. */
function wordListItem(p: HTMLElement): WordItem | null {
  const style = WORD_LIST_STYLE.exec(p.getAttribute('style') ?? '');
  const marker = wordListMarker(p);
  if (!style && !(marker !== null && WORD_LIST_CLASS.test(p.className))) return null;
  const level = style ? Math.max(1, Number(style[2])) : 1;
  const text = (marker ?? '').replace(/[\s\u00a0]+/g, '');
  return { level, id: style ? `${style[1]} ${style[3]}` : '', ordered: ORDERED_MARKER.test(text) };
}

/** The marker Word typed out before a list paragraph's text (`1.`, `·`, `o`, `§`), or null if there is none. */
function wordListMarker(p: HTMLElement): string | null {
  for (const span of p.querySelectorAll('[style]')) {
    if (WORD_MARKER_STYLE.test(span.getAttribute('style') ?? '')) return span.textContent ?? '';
  }
  const walker = p.ownerDocument.createTreeWalker(p, NodeFilter.SHOW_COMMENT);
  for (let comment = walker.nextNode(); comment; comment = walker.nextNode()) {
    if (!LIST_MARKER_CONDITIONAL.test((comment.nodeValue ?? '').trim())) continue;
    let text = '';
    for (let next = comment.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === Node.COMMENT_NODE && END_CONDITIONAL.test((next.nodeValue ?? '').trim())) break;
      text += next.textContent ?? '';
    }
    return text;
  }
  return null;
}

function addWordListItem(flow: Flow, p: HTMLElement, item: WordItem, format: Format): void {
  const doc = p.ownerDocument;
  const content = doc.createElement('p');
  if (!writeRuns(content, collectChildren(p, format, true))) return;
  const type = item.ordered ? 'ol' : 'ul';
  const stack = flow.wordList ?? [];
  while (stack.length && stack[stack.length - 1].level > item.level) stack.pop();
  let top = stack[stack.length - 1];
  if (top && top.level === item.level && (tagOf(top.list) !== type || top.id !== item.id)) {
    stack.pop();
    top = stack[stack.length - 1];
  }
  if (!top || top.level < item.level) {
    const list = doc.createElement(type);
    if (top) lastItem(top.list).append(list);
    else {
      flush(flow);
      flow.out.append(list);
    }
    top = { list, level: item.level, id: item.id };
    stack.push(top);
  }
  const li = doc.createElement('li');
  li.append(content);
  top.list.append(li);
  flow.wordList = stack;
}

// ---------------------------------------------------------------------------------------------------------------
// Inline content

/** Collects the inline content of an element's children. `markers`: leave out Word's list markers. */
function collectChildren(el: Node, format: Format, markers: boolean, pre = false): Run[] {
  const runs: Run[] = [];
  for (const child of visibleChildren(el, markers)) collectNode(child, format, runs, markers, pre);
  return runs;
}

function collectNode(node: Node, format: Format, runs: Run[], markers: boolean, pre = false): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node.nodeValue ?? '';
    if (!pre) runs.push({ kind: 'text', text, format });
    else
      text.split(/\r\n?|\n/).forEach((line, i) => {
        if (i) runs.push({ kind: 'break', hard: true });
        runs.push({ kind: 'text', text: line, format });
      });
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const el = node as HTMLElement;
  const tag = tagOf(el);
  if (isDropped(tag)) return;
  if (markers && WORD_MARKER_STYLE.test(el.getAttribute('style') ?? '')) return;
  if (tag === 'br') {
    if (!/Apple-interchange-newline/.test(el.className)) runs.push({ kind: 'break', hard: true });
    return;
  }
  // A picture outside a figure has no place in the editor, and Word's and LibreOffice's (file:, blob:, data:) cannot
  // be loaded anyway: pictures go through the media upload.
  if (tag === 'img') return;
  const block = BLOCKS.has(tag);
  if (block) runs.push({ kind: 'break', hard: false });
  const own = formatOf(el, format);
  for (const child of visibleChildren(el, markers)) collectNode(child, own, runs, markers, pre);
  if (block) runs.push({ kind: 'break', hard: false });
}

/**
 * Writes runs into `target` as text, `<br>`, `<strong>`, `<em>` and `<a href>`, with whitespace tidied:
 * source line breaks and runs of spaces or `&nbsp;` (Word's indentation) become one space, and nothing is left at
 * the start or end of a line. Returns whether anything visible was written.
 */
function writeRuns(target: HTMLElement, source: Run[]): boolean {
  const runs: Run[] = [];
  let lineStart = true;
  /** The last text run on the current line, whose trailing space a line's end removes. */
  let lastText: { kind: 'text'; text: string; format: Format } | null = null;
  const endLine = () => {
    if (lastText) lastText.text = lastText.text.replace(/[ \u00a0]+$/, '');
    lastText = null;
    lineStart = true;
  };
  for (const run of source) {
    if (run.kind === 'break') {
      endLine();
      runs.push(run);
    } else {
      let text = run.text.replace(/[\t\n\r\f ]+/g, ' ').replace(/[ \u00a0]{2,}/g, ' ');
      if (lineStart) text = text.replace(/^[ \u00a0]+/, '');
      else if (lastText && /[ \u00a0]$/.test(lastText.text) && /^[ \u00a0]/.test(text)) {
        lastText.text = lastText.text.replace(/[ \u00a0]+$/, ' ');
        text = text.replace(/^[ \u00a0]+/, '');
      }
      if (!text) continue;
      const piece = { kind: 'text' as const, text, format: run.format };
      runs.push(piece);
      lastText = piece;
      lineStart = false;
    }
  }
  endLine();

  // Line breaks: none at the start or end, a soft one (the edge of a block) merged into its neighbours.
  const lines: Run[] = [];
  for (const run of runs) {
    if (run.kind === 'text' && !run.text) continue;
    if (run.kind === 'break') {
      const previous = lines[lines.length - 1];
      if (!previous) continue;
      if (previous.kind === 'break') {
        if (!run.hard) continue;
        if (!previous.hard) {
          lines[lines.length - 1] = run;
          continue;
        }
      }
    }
    lines.push(run);
  }
  while (lines.length && lines[lines.length - 1].kind === 'break') lines.pop();
  if (!lines.some((run) => run.kind !== 'break')) return false;

  const doc = target.ownerDocument;
  for (const run of lines) {
    if (run.kind === 'break') {
      target.append(doc.createElement('br'));
      continue;
    }
    let node: Node = doc.createTextNode(run.text);
    if (run.format.italic) node = wrap(doc.createElement('em'), node);
    if (run.format.bold) node = wrap(doc.createElement('strong'), node);
    if (run.format.href) {
      const a = doc.createElement('a');
      a.setAttribute('href', run.format.href);
      node = wrap(a, node);
    }
    target.append(node);
  }
  mergeSiblings(target);
  target.normalize();
  return true;
}

function wrap(wrapper: HTMLElement, node: Node): HTMLElement {
  wrapper.append(node);
  return wrapper;
}

/** Joins neighbouring `<strong>`, `<em>` and same-target `<a>` elements into one, at every depth. */
function mergeSiblings(parent: Element): void {
  let child = parent.firstElementChild;
  while (child) {
    const next = child.nextSibling;
    if (
      next instanceof Element &&
      next.tagName === child.tagName &&
      ['STRONG', 'EM', 'A'].includes(child.tagName) &&
      next.getAttribute('href') === child.getAttribute('href')
    ) {
      child.append(...next.childNodes);
      next.remove();
      continue;
    }
    mergeSiblings(child);
    child = child.nextElementSibling;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Attributes and styles

/** The formatting inside an element: its tag, then its inline style (`font-weight`, `font-style`), then links. */
function formatOf(el: HTMLElement, outer: Format): Format {
  const tag = tagOf(el);
  let { bold, italic, href } = outer;
  if (tag === 'b' || tag === 'strong') bold = true;
  if (tag === 'i' || tag === 'em') italic = true;
  const style = styleOf(el);
  const weight = style.get('font-weight');
  if (weight) {
    if (/^(bold|bolder|[6-9]00)$/.test(weight)) bold = true;
    else if (/^(normal|lighter|[1-5]00)$/.test(weight)) bold = false;
  }
  const fontStyle = style.get('font-style');
  if (fontStyle) {
    if (/^(italic|oblique)/.test(fontStyle)) italic = true;
    else if (fontStyle === 'normal') italic = false;
  }
  if (tag === 'a' && el.hasAttribute('href')) href = linkTarget(el.getAttribute('href') ?? '');
  if (bold === outer.bold && italic === outer.italic && href === outer.href) return outer;
  return { bold, italic, href };
}

/** An element's inline style as property → value (lower case, `!important` left out). */
function styleOf(el: HTMLElement): Map<string, string> {
  const map = new Map<string, string>();
  for (const declaration of (el.getAttribute('style') ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .replace(/!\s*important/i, '')
      .trim()
      .toLowerCase();
    if (name && value) map.set(name, value);
  }
  return map;
}

/**
 * A link's target if the editor may keep it: http, https and mailto URLs and paths on this site. Google's redirects
 * (`https://www.google.com/url?q=…`) give the address they lead to. Anything else (javascript:, data:, vbscript:,
 * Word's file: links and in-document anchors) is null: the link goes and its text stays.
 */
function linkTarget(raw: string): string | null {
  const href = raw.trim();
  // Browsers ignore control characters and spaces inside a scheme (`java\tscript:`): so does this check.
  const compact = [...href].filter((char) => char > ' ' && (char < '\u007f' || char > '\u009f')).join('');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1].toLowerCase();
  if (scheme === 'mailto') return href;
  if (scheme === 'http' || scheme === 'https') {
    const redirect = googleRedirect(href);
    return redirect === undefined ? href : redirect;
  }
  if (scheme) return null;
  return /^\/(?![/\\])/.test(compact) ? href : null;
}

/** The destination of a Google redirect link (null if it is not a web address), or undefined for other links. */
function googleRedirect(href: string): string | null | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (!/^(www\.)?google\.[a-z.]+$/i.test(url.hostname) || url.pathname !== '/url') return undefined;
  const target = url.searchParams.get('q') ?? url.searchParams.get('url');
  if (!target) return undefined;
  return /^https?:\/\//i.test(target.trim()) ? target.trim() : null;
}

/** A figure's picture address if it can be shown: http(s) or this site's paths, not file:, blob:, data: or cid:. */
function imageSource(raw: string | null): string | null {
  const src = (raw ?? '').trim();
  return /^https?:\/\/[^\s]/i.test(src) || /^\/(?![/\\])/.test(src) ? src : null;
}

function dimension(raw: string | null): string | null {
  const value = Number.parseInt(raw ?? '', 10);
  return value > 0 && value < 100000 && /^\s*\d+\s*$/.test(raw ?? '') ? String(value) : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Nodes

function tagOf(el: Element): string {
  return el.localName.toLowerCase();
}

/**
 * Whether an element goes with its content: see DROPPED, and Word's own elements (`w:`, `m:` and `v:`: settings,
 * equations and drawings, shown to other programs through fallbacks). Word's content controls (`w:sdt`) hold the
 * document's own text and stay; other prefixed elements (`o:p`, old smart tags like `st1:place`) are unwrapped.
 */
function isDropped(tag: string): boolean {
  if (DROPPED.has(tag)) return true;
  const prefix = /^([a-z0-9]+):/.exec(tag)?.[1];
  return (prefix === 'w' || prefix === 'm' || prefix === 'v') && !/^w:sdt(content)?$/.test(tag);
}

/**
 * A node's children without comments and without the content of Word's conditional sections that stand for
 * something else (see SKIPPED_CONDITIONALS; with `markers`, list markers too).
 */
function visibleChildren(parent: Node, markers: boolean): Node[] {
  const nodes: Node[] = [];
  let skipping = false;
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.COMMENT_NODE) {
      const data = (child.nodeValue ?? '').trim();
      if (END_CONDITIONAL.test(data)) skipping = false;
      else if (SKIPPED_CONDITIONALS.test(data) || (markers && LIST_MARKER_CONDITIONAL.test(data))) skipping = true;
      continue;
    }
    if (!skipping) nodes.push(child);
  }
  return nodes;
}
