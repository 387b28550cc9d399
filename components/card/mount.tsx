import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { signal } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { clipboardData, formatQuote, type CopyFormat } from '../../content/attribution';
import type { CreateCardUi } from '../../content/cards/card-host';
import { fillCopyEvent, writeClipboard } from '../../content/clipboard';
import type { EntityId, Statement } from '../../content/dataset';
import { STATEMENTS, entityById } from '../../content/dataset';
import { guard, reportError } from '../../content/error-boundary';
import { lang, t } from '../i18n';
import type { ToastMessage } from '../toast';
import { Card, type ReportActions } from './card';
import { datasetVersion, formatReport, markContext, sentenceAround } from './mark-report';
import theme from '../theme.css?inline';
import css from './card.css?inline';

/** The text the reader selected inside one quote of the card, if any. */
function selectedPart(shadow: ShadowRoot, quote: Element | null): string | null {
  if (!quote) return null;
  const selection = (shadow.ownerDocument.defaultView ?? window).getSelection();
  if (!selection || selection.isCollapsed) return null;
  const composed = (
    selection as Selection & { getComposedRanges?: (o: { shadowRoots: ShadowRoot[] }) => StaticRange[] }
  ).getComposedRanges;
  const ranges: AbstractRange[] = composed
    ? composed.call(selection, { shadowRoots: [shadow] })
    : Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i));
  for (const r of ranges) {
    if (quote.contains(r.startContainer) && quote.contains(r.endContainer)) {
      const live = shadow.ownerDocument.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      const text = live.toString().trim();
      if (text) return text;
    }
  }
  return null;
}

/**
 * Mounts the card UI into the `<npa-card>` shadow root: the card-UI chunk's export, loaded on the first card
 * shown. Its interface is content/cards/card-host.ts's `CreateCardUi`.
 */
export const createCardUi: CreateCardUi = (shadow, callbacks) => {
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = theme + css;
  const root = shadow.ownerDocument.createElement('div');
  shadow.append(style, root);

  const entity = signal<EntityId | null>(null);
  const toast = signal<ToastMessage | null>(null);
  let anchor: Range | null = null;
  let stopAutoUpdate: (() => void) | null = null;
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  let preferred: CopyFormat = 'plain';

  const say = (message: ToastMessage) => {
    toast.value = message;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => guard(() => (toast.value = null)), 4000);
  };

  const copy = (statement: Statement, format: CopyFormat) => {
    const quote = root.querySelector(`blockquote[data-statement="${statement.id}"]`);
    const part = selectedPart(shadow, quote);
    const payload = formatQuote({ text: part ?? statement.text, statement });
    // Called synchronously from the click: the copy-event path needs the user gesture.
    void writeClipboard(shadow.ownerDocument, clipboardData(payload, format)).then((ok) =>
      say(ok ? { text: part ? t('copiedPart') : t('copied') } : { text: t('copyFailed'), error: true }),
    );
  };

  /** The version in the manifest; the chunk runs in the content script's world, which may read it. */
  const extensionVersion = () => {
    try {
      return browser.runtime.getManifest().version;
    } catch {
      return '?';
    }
  };
  // „Falsche Markierung melden“: built from the mark the card is showing, copied only on the reader's click.
  const report: ReportActions = {
    text(includeAddress) {
      const id = entity.value;
      const e = id ? entityById(id) : undefined;
      if (!e || !anchor) return '';
      const context = markContext(anchor);
      return formatReport(
        {
          sentence: sentenceAround(context.text, context.start, context.end),
          marked: anchor.toString().replace(/\s+/g, ' '),
          entity: e,
          extensionVersion: extensionVersion(),
          dataset: datasetVersion(),
          address: includeAddress ? shadow.ownerDocument.location.href : undefined,
        },
        {
          title: t('reportTitle'),
          sentence: t('reportSentence'),
          marked: t('reportMarked'),
          detectedAs: t('reportDetectedAs'),
          extension: t('reportExtension'),
          dataset: t('reportDataset'),
          address: t('reportAddress'),
        },
      );
    },
    copy(text) {
      if (!text) return;
      const html = `<pre>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</pre>`;
      // Called synchronously from the click: the copy-event path needs the user gesture.
      void writeClipboard(shadow.ownerDocument, { 'text/plain': text, 'text/html': html }).then((ok) =>
        say(ok ? { text: t('reportCopied') } : { text: t('copyFailed'), error: true }),
      );
    },
  };

  // Ctrl+C on a selection inside a quote copies it with attribution too. The copy event is not dispatched
  // inside our shadow root, so we listen on the document and act only when the selection is in a quote of ours.
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    for (const quote of root.querySelectorAll('blockquote[data-statement]')) {
      const part = selectedPart(shadow, quote);
      const statement = part && STATEMENTS.find((s) => s.id === quote.getAttribute('data-statement'));
      if (!part || !statement) continue;
      fillCopyEvent(event, clipboardData(formatQuote({ text: part, statement }), preferred));
      say({ text: t('copiedPart') });
      return;
    }
  };
  const onDocumentCopy = (event: ClipboardEvent) => guard(() => onCopy(event));
  shadow.ownerDocument.addEventListener('copy', onDocumentCopy, true);

  const draw = () => {
    const id = entity.value;
    render(
      id ? (
        <Card
          entityId={id}
          toast={toast}
          onNavigate={(next) => {
            entity.value = next;
            draw();
          }}
          onClose={callbacks.onClose}
          onCopy={copy}
          report={report}
        />
      ) : null,
      root,
    );
    const card = root.querySelector<HTMLElement>('[data-npa-card]');
    if (card && !card.dataset.wired) {
      card.dataset.wired = '1';
      card.addEventListener('pointerenter', callbacks.onPointerEnter);
      card.addEventListener('pointerleave', callbacks.onPointerLeave);
      card.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          callbacks.onClose();
        }
      });
    }
    return card;
  };

  const place = () => {
    const card = root.querySelector<HTMLElement>('[data-npa-card]');
    if (!card || !anchor) return;
    void computePosition(anchor, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(8),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight }) {
            card.style.maxHeight = `${Math.max(160, Math.min(560, availableHeight))}px`;
          },
        }),
      ],
    })
      .then(({ x, y }) => {
        card.style.left = `${Math.round(x)}px`;
        card.style.top = `${Math.round(y)}px`;
      })
      .catch(reportError);
  };

  return {
    show(id, nextAnchor, options) {
      lang.value = options.lang;
      preferred = options.format;
      anchor = nextAnchor;
      entity.value = id;
      stopAutoUpdate?.();
      const card = draw();
      if (!card) return;
      // autoUpdate calls back from scroll and resize listeners and observers of its own.
      stopAutoUpdate = autoUpdate(anchor, card, () => guard(place));
      if (options.focus) card.focus({ preventScroll: true });
    },
    hide() {
      stopAutoUpdate?.();
      stopAutoUpdate = null;
      anchor = null;
      entity.value = null;
      draw();
    },
    destroy() {
      this.hide();
      clearTimeout(toastTimer);
      shadow.ownerDocument.removeEventListener('copy', onDocumentCopy, true);
    },
    get visible() {
      return entity.value !== null;
    },
  };
};
