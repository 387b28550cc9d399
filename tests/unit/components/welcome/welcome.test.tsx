import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lang } from '../../../../components/i18n';
import { SAMPLE_ARTICLE } from '../../../../components/welcome/sample-article';
import { Welcome } from '../../../../components/welcome/welcome';
import { defaultMatcher, detectInText } from '../../../../content/engine/detect-text';
import { createPageContext } from '../../../../content/engine/page-context';
import { PageEngine } from '../../../../content/engine/page-engine';

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => {
  render(null, root);
  lang.value = 'de';
  vi.restoreAllMocks();
});

/** What the real engine marks on the rendered welcome page: entity → texts, in document order. */
async function marksOnPage(): Promise<Record<string, string[]>> {
  const life = new AbortController();
  const engine = new PageEngine(document, defaultMatcher(), {
    isOwnNode: () => false,
    schedule: (task) => task(),
    signal: life.signal,
  });
  engine.start();
  await engine.settled;
  const marks: Record<string, string[]> = {};
  for (const m of engine.registry.all()) (marks[m.entity] ??= []).push(m.range.toString());
  life.abort();
  return marks;
}

describe('the welcome page (issue 15)', () => {
  it('its sample article, written for the project, is marked by the real engine as expected', () => {
    const ctx = createPageContext();
    const found: Record<string, string[]> = {};
    for (const text of [SAMPLE_ARTICLE.heading, ...SAMPLE_ARTICLE.paragraphs])
      for (const m of detectInText(text, ctx)) (found[m.entity] ??= []).push(text.slice(m.start, m.end));
    expect(found).toEqual(SAMPLE_ARTICLE.expected);
  });

  it.each(['de', 'en'] as const)('marks only the sample: none of its own text (%s) is a mention', async (language) => {
    lang.value = language;
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
      { name: 'next-mention', shortcut: 'Alt+Shift+K', description: '' },
      { name: 'toggle-pause', shortcut: '', description: '' },
    ]);
    render(<Welcome />, root);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="shortcuts"]')).not.toBeNull());
    // The shortcuts as the browser reports them, a removed one said so.
    expect(root.querySelector('[data-command="next-mention"] kbd')!.textContent).toBe('Alt+Shift+K');
    expect(root.querySelector('[data-command="toggle-pause"] kbd')).toBeNull();
    expect(await marksOnPage()).toEqual(SAMPLE_ARTICLE.expected);
  });
});
