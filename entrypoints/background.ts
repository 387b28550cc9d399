import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { clipboardData, formatQuote, statementForSelection } from '../content/attribution';
import { tabBadge } from '../content/badge-state';
import { errorText, reportError } from '../content/error-boundary';
import { readCommandBindings } from '../components/command-bindings';
import { isBackgroundRequest, isCommandName, type CommandBindings, type Reply } from '../content/messages';
import { loadSettings, watchSettings } from '../content/settings-store';
import { sendToTab } from '../content/tab-messaging';

const MENU_ID = 'npa-copy-quote';

// Wiring only: keyboard commands and the context menu go to the tab's content script, which owns the
// page; the content script's state (mention count, paused) becomes the tab's badge (kept in
// storage.session, badge-state.ts); the welcome page opens once, on install.
export default defineBackground(() => {
  const badge = tabBadge(browser.i18n.getMessage('badgePaused'));

  // Not on update: the reader knows the extension by then (issue 15).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(reportError);
  });

  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (!isCommandName(command)) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    // No content script on browser pages and in tabs opened before the install: nothing to do there.
    await sendToTab(tabId, { type: 'run-command', command }).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isBackgroundRequest(message)) return undefined;
    if (message.type === 'get-bindings') {
      return readCommandBindings().then(
        (value): Reply<CommandBindings> => ({ ok: true, value }),
        (error: unknown): Reply<CommandBindings> => ({ ok: false, error: errorText(error) }),
      );
    }
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return undefined;
    badge.setState(tabId, { count: message.count, paused: message.paused }).catch(reportError);
    return undefined;
  });

  // A new page in the tab: its content script reports afresh (or never, on pages it cannot run on).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') badge.reset(tabId).catch(reportError);
  });
  browser.tabs.onRemoved.addListener((tabId) => void badge.forget(tabId).catch(reportError));

  // „Überall pausieren“ shows on every tab's badge, also where no page reported.
  let everywhere: boolean | undefined;
  const followPause = async (pausedEverywhere: boolean) => {
    if (pausedEverywhere === everywhere) return;
    everywhere = pausedEverywhere;
    const tabs = await browser.tabs.query({});
    await badge.setPausedEverywhere(
      pausedEverywhere,
      tabs.flatMap((t) => (t.id === undefined ? [] : [t.id])),
    );
  };
  void loadSettings()
    .then((s) => followPause(s.pausedEverywhere))
    .catch(reportError);
  watchSettings((s) => void followPause(s.pausedEverywhere).catch(reportError));

  // Created at every start of the background, not in runtime.onInstalled: Firefox's persistent background
  // page does not keep menu entries across a browser restart (MDN, menus.create). Chrome's service worker
  // does keep them, so the entry is removed first and never created twice.
  void browser.contextMenus
    .removeAll()
    .then(() =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: browser.i18n.getMessage('menuCopyQuote'),
        contexts: ['selection'],
      }),
    )
    .catch(reportError);

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    const tabId = tab.id;
    const found = statementForSelection(info.selectionText ?? '');
    if (!found) {
      // Not from a known quote: nothing is copied, and the badge says so for a moment.
      await badge.flash(tabId, '?', browser.i18n.getMessage('menuNotAQuote'), 4000).catch(reportError);
      return;
    }
    const { copyFormat } = await loadSettings();
    const data = clipboardData(formatQuote(found), copyFormat);
    await sendToTab(tabId, { type: 'write-clipboard', data }, { frameId: info.frameId ?? 0 }).catch(() => undefined);
  });
});
