import type { EntityId } from '../dataset';
import type { Candidate } from './matcher';

/**
 * What the page has told us so far. Shared by all scans of one page so that a bare surname counts when the
 * person was introduced anywhere on the page, and abbreviations count once the page is about Lower Saxony.
 */
export interface PageContext {
  /** Entities named in full (or, for people, with an identifying title) somewhere on the page. */
  introduced: Set<EntityId>;
  /** The page speaks about Lower Saxony (a full name matched, or the region or one of its places is named). */
  regional: boolean;
}

export function createPageContext(): PageContext {
  return { introduced: new Set(), regional: false };
}

/** Names and titled people: mentions whatever the page says elsewhere. */
export const isStrong = (c: Candidate) => c.kind === 'name' || c.kind === 'person';

/** Takes in what one text says: its strong candidates introduce their entities; `regional` if it names the region. */
export function learn(ctx: PageContext, candidates: readonly Candidate[], regional: boolean): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (!isStrong(c)) continue;
    ctx.introduced.add(c.entity);
    ctx.regional = true;
  }
  if (regional) ctx.regional = true;
}

/** Does the page's context make this candidate a mention now? Never false for a strong one. */
function accepts(ctx: PageContext, c: Candidate): boolean {
  switch (c.kind) {
    case 'name':
    case 'person':
      return true;
    case 'abbreviation':
    case 'regional':
      return ctx.regional;
    default:
      return ctx.introduced.has(c.entity);
  }
}

/**
 * Does the context accept every one of these candidates as it is? The common case on a page that has
 * introduced its people: the caller keeps the candidates' own array instead of splitting it. False when an
 * abbreviation is among them (decided first, it may introduce its entity: see `decide`).
 */
export function acceptsAll(ctx: PageContext, candidates: readonly Candidate[]): boolean {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.kind === 'abbreviation' || !accepts(ctx, c)) return false;
  }
  return true;
}

/**
 * Does the context accept none of these candidates as it is? The common case on a page full of common
 * surnames that has not introduced their people: all of them wait, in the candidates' own array. (An
 * abbreviation accepted would introduce its entity first, but then it is accepted itself: not none.)
 */
export function acceptsNone(ctx: PageContext, candidates: readonly Candidate[]): boolean {
  for (let i = 0; i < candidates.length; i++) if (accepts(ctx, candidates[i])) return false;
  return true;
}

/**
 * Splits candidates into those the context accepts now and those that wait (a bare surname before the page
 * has named the person). An accepted abbreviation introduces its entity, so its short names count too:
 * abbreviations are decided first.
 */
export function decide<C extends Candidate>(
  ctx: PageContext,
  candidates: readonly C[],
): { accepted: C[]; waiting: C[] } {
  const accepted: C[] = [];
  const waiting: C[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.kind !== 'abbreviation') continue;
    if (accepts(ctx, c)) {
      ctx.introduced.add(c.entity);
      accepted.push(c);
    } else waiting.push(c);
  }
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.kind === 'abbreviation') continue;
    (accepts(ctx, c) ? accepted : waiting).push(c);
  }
  return { accepted, waiting };
}
