import { ENTITIES } from '../dataset';
import { mapRangeBack, stripInvisible } from './invisible-chars';
import { createMatcher, type Matcher, type Mention } from './matcher';
import { createPageContext, decide, learn, type PageContext } from './page-context';

let shared: Matcher | undefined;

/** The matcher over all entities, compiled once on first use. */
export function defaultMatcher(): Matcher {
  return (shared ??= createMatcher(ENTITIES));
}

/**
 * Finds mentions in a plain string (soft hyphens and zero-width characters allowed inside names), as one
 * page: a bare surname counts when the text (or, through `ctx`, earlier text) introduces the person
 * anywhere. Offsets refer to the original string.
 */
export function detectInText(
  text: string,
  ctx: PageContext = createPageContext(),
  matcher = defaultMatcher(),
): Mention[] {
  const stripped = stripInvisible(text);
  const { candidates, regional } = matcher.find(stripped.text);
  learn(ctx, candidates, regional);
  return decide(ctx, candidates)
    .accepted.sort((a, b) => a.start - b.start || b.end - a.end)
    .map((m) => {
      const [start, end] = mapRangeBack(stripped, m.start, m.end);
      return { entity: m.entity, start, end };
    });
}
