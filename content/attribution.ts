import type { ClipboardPayload } from './clipboard';
import { entityById, SOURCE, STATEMENTS, type Figure, type Statement } from './dataset';
import { removeInvisible } from './engine/invisible-chars';

/** A quote (or the part of it the reader selected) with everything needed to attribute it. */
export interface Attributed {
  text: string;
  statement: Statement;
}

export interface CopyPayload {
  plain: string;
  markdown: string;
  html: string;
}

export const SOURCE_LINE = `${SOURCE.kind} der ${SOURCE.publisher}, ${SOURCE.dateLabel}`;

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}]/gu, '');

/** Does the role already name the organisation („Präsident Niedersächsischer Städtetag“)? */
function roleNames(role: string, orgName: string): boolean {
  const folded = letters(role);
  const words = orgName
    .split(/[\s,]+/)
    .map(letters)
    .filter((w) => w.length > 3);
  return words.length > 0 && words.every((w) => folded.includes(w));
}

/** „Name, Rolle, Organisation“ — the organisation is left out where the role already names it. */
export function speakerLine(statement: Statement): string {
  if (!statement.speaker) return statement.attribution;
  const person = entityById(statement.speaker);
  if (!person || person.kind !== 'person') return statement.attribution;
  const org = statement.organisation ? entityById(statement.organisation) : undefined;
  const parts = [person.name, person.role];
  if (org && !roleNames(person.role, org.name)) parts.push(org.name);
  return parts.join(', ');
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The three clipboard formats for a quote. The HTML carries no `cite` URL: the seed gives no address
 * for the press release, and we never invent one.
 */
export function formatQuote({ text, statement }: Attributed): CopyPayload {
  return payload(text, speakerLine(statement));
}

/** A figure with its sentence and who gave it, in the same three formats as quotes. */
export function formatFigure(figure: Figure): CopyPayload {
  const statement = STATEMENTS.find((s) => s.speaker === figure.speaker && s.text.includes(figure.sentence));
  // A figure the press release states itself is credited to the source alone.
  return statement ? formatQuote({ text: figure.sentence, statement }) : payload(figure.sentence, null);
}

/** The three formats of one quote, credited to `who` (or to the source alone when null). */
function payload(text: string, who: string | null): CopyPayload {
  const quote = text.trim();
  const credit = who ? `${who}; Quelle: ` : 'Quelle: ';
  const htmlCredit = who ? `${escapeHtml(who)}; Quelle: ` : 'Quelle: ';
  return {
    plain: `„${quote}“ — ${credit}${SOURCE_LINE}`,
    markdown: `> „${quote}“\n>\n> — ${credit}${SOURCE_LINE}`,
    html:
      `<blockquote><p>„${escapeHtml(quote)}“</p>` +
      `<footer>— ${htmlCredit}<cite>${escapeHtml(SOURCE_LINE)}</cite></footer></blockquote>`,
  };
}

/** The clipboard formats a quote can be copied in. */
export const COPY_FORMATS = ['plain', 'markdown', 'html'] as const;
export type CopyFormat = (typeof COPY_FORMATS)[number];

/** What goes on the clipboard for the reader's chosen format: text/plain always, text/html alongside. */
export function clipboardData(formats: CopyPayload, format: CopyFormat): ClipboardPayload {
  const plain = format === 'markdown' ? formats.markdown : format === 'html' ? formats.html : formats.plain;
  return { 'text/plain': plain, 'text/html': formats.html };
}

const squash = (s: string) =>
  removeInvisible(s)
    .replace(/\s+/g, ' ')
    .replace(/^[\s„“”"‚‘’«»]+|[\s„“”"‚‘’«»]+$/g, '')
    .trim();

/**
 * The statement a selected text comes from, if the selection lies inside one (at least a few words),
 * for the context menu „Zitat mit Quellenangabe kopieren“. The selection is returned without quote marks.
 */
export function statementForSelection(selection: string): Attributed | null {
  const text = squash(selection);
  if (text.length < 12) return null;
  const statement = STATEMENTS.find((s) => squash(s.text).includes(text));
  return statement ? { text, statement } : null;
}
