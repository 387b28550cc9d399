import { ENTITIES, FIGURES, SOURCE, STATEMENTS, type Entity } from '../../content/dataset';

/** At most this many characters of the page's text go into a report around the mark. */
export const MAX_CONTEXT = 320;

/**
 * The sentence of `text` that holds `text.slice(start, end)`: from after the previous sentence end („.“,
 * „!“, „?“ followed by a space, or a line break) to the next, whitespace collapsed, and cut to about
 * MAX_CONTEXT characters around the mark („…“ where cut). A full stop after a number or an abbreviation may
 * end a sentence early; the mark itself is always whole.
 */
export function sentenceAround(text: string, start: number, end: number, max = MAX_CONTEXT): string {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const boundaryBefore = Math.max(
    ...[...before.matchAll(/[.!?…](?=["“”„»«’)]*\s)|\n/g)].map((m) => m.index + m[0].length),
    0,
  );
  const nextEnd = /[.!?…]["“”„»«’)]*(?=\s|$)|\n/.exec(after);
  const stop = nextEnd ? end + nextEnd.index + nextEnd[0].length : text.length;
  let from = boundaryBefore;
  let to = stop;
  const room = Math.max(0, max - (end - start));
  if (start - from > room / 2) from = start - Math.floor(room / 2);
  if (to - end > room - (start - from)) to = end + Math.max(0, room - (start - from));
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  const head = squash(text.slice(from, start)).trimStart();
  const tail = squash(text.slice(end, to)).trimEnd();
  return `${from > boundaryBefore ? '…' : ''}${head}${squash(text.slice(start, end))}${tail}${to < stop ? '…' : ''}`;
}

/** The nearest ancestor of `node` that is laid out as a block (a paragraph, list item, cell, heading …). */
function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el) {
    const display = el.ownerDocument.defaultView?.getComputedStyle(el).display ?? 'block';
    if (!display.startsWith('inline') && display !== 'contents') return el;
    el = el.parentElement;
  }
  return null;
}

/** The text of the block around a mark, and where the mark sits in it. */
export function markContext(range: Range): { text: string; start: number; end: number } {
  const marked = range.toString();
  const block = blockOf(range.commonAncestorContainer);
  if (!block) return { text: marked, start: 0, end: marked.length };
  const lead = range.cloneRange();
  lead.setStart(block, 0);
  lead.setEnd(range.startContainer, range.startOffset);
  const start = lead.toString().length;
  return { text: block.textContent ?? marked, start, end: start + marked.length };
}

/** FNV-1a, 32 bit: a short fingerprint that changes whenever the dataset does. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

let datasetId: string | undefined;

/**
 * Which dataset the extension carries: the source and its date, the number of entities and statements, and a
 * fingerprint of all of it (entities with their surface forms, statements, figures), so a report names the
 * exact data even between releases.
 */
export function datasetVersion(): string {
  datasetId ??= `${SOURCE.kind} ${SOURCE.dateLabel}, ${ENTITIES.length}/${STATEMENTS.length}/${FIGURES.length}, ${fnv1a(
    JSON.stringify([ENTITIES, STATEMENTS, FIGURES]),
  )}`;
  return datasetId;
}

/** The labels of a report, in the reader's language. */
export interface ReportLabels {
  title: string;
  sentence: string;
  marked: string;
  detectedAs: string;
  extension: string;
  dataset: string;
  address: string;
}

export interface MarkReport {
  /** The sentence around the mark (sentenceAround). */
  sentence: string;
  /** The marked text as it stands on the page. */
  marked: string;
  entity: Pick<Entity, 'id' | 'name' | 'kind'>;
  extensionVersion: string;
  dataset: string;
  /** The page's address: only when the reader ticked the box. */
  address?: string;
}

/**
 * A short plain-text report of a wrong mark, for the reader to paste wherever they send it. Nothing of the
 * page but the sentence around the mark, unless the reader adds its address.
 */
export function formatReport(report: MarkReport, labels: ReportLabels): string {
  const lines = [
    labels.title,
    `${labels.sentence}: ${report.sentence}`,
    `${labels.marked}: „${report.marked}“`,
    `${labels.detectedAs}: ${report.entity.name} (${report.entity.kind}, ${report.entity.id})`,
    `${labels.extension}: ${report.extensionVersion}`,
    `${labels.dataset}: ${report.dataset}`,
  ];
  if (report.address) lines.push(`${labels.address}: ${report.address}`);
  return lines.join('\n');
}
