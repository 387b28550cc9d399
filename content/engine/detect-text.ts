import { ENTITIES } from '../dataset';
import { mapRangeBack, stripInvisible } from './invisible-chars';
import { createMatcher, createPageContext, type Matcher, type Mention, type PageContext } from './matcher';

let shared: Matcher | undefined;

/** The matcher over all entities, compiled once on first use. */
export function defaultMatcher(): Matcher {
  return (shared ??= createMatcher(ENTITIES));
}

/**
 * Finds mentions in a plain string (soft hyphens and zero-width characters allowed inside names).
 * Offsets refer to the original string.
 */
export function detectInText(text: string, ctx: PageContext = createPageContext()): Mention[] {
  const stripped = stripInvisible(text);
  const found = defaultMatcher().scan(stripped.text, ctx);
  if (!stripped.map) return found;
  return found.map((m) => {
    const [start, end] = mapRangeBack(stripped, m.start, m.end);
    return { entity: m.entity, start, end };
  });
}
