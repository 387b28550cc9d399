import type { EntityId } from './dataset';

/** One highlighted mention. */
export interface MarkedMention {
  entity: EntityId;
  range: Range;
}

/** The name under which an entity's ranges are registered in `CSS.highlights` (design.md contract). */
export const highlightName = (entity: EntityId) => `npa-${entity}`;

/**
 * Our own index of highlight ranges. Firefox content scripts cannot iterate `CSS.highlights` or a
 * `Highlight` (Xray wrappers), so we only ever call set/delete/add/clear and keep the truth here.
 */
export class HighlightRegistry {
  private readonly byEntity = new Map<EntityId, { highlight: Highlight; mentions: Set<MarkedMention> }>();
  /** Every text node a mention touches → the mentions there (for hit-testing). */
  private readonly byNode = new Map<Node, MarkedMention[]>();
  private readonly supported: boolean;

  constructor(private readonly win: Window & typeof globalThis) {
    this.supported = typeof win.Highlight === 'function' && typeof win.CSS?.highlights?.set === 'function';
  }

  add(entity: EntityId, range: Range, nodes: readonly Node[]): MarkedMention {
    const mention: MarkedMention = { entity, range };
    let slot = this.byEntity.get(entity);
    if (!slot) {
      slot = { highlight: this.supported ? new this.win.Highlight() : (null as unknown as Highlight), mentions: new Set() };
      this.byEntity.set(entity, slot);
      if (this.supported) this.win.CSS.highlights.set(highlightName(entity), slot.highlight);
    }
    slot.mentions.add(mention);
    if (this.supported) slot.highlight.add(range);
    for (const n of nodes) {
      const list = this.byNode.get(n);
      if (list) list.push(mention);
      else this.byNode.set(n, [mention]);
    }
    return mention;
  }

  /** Removes every mention for which `drop` returns true. */
  removeWhere(drop: (m: MarkedMention) => boolean): void {
    for (const [entity, slot] of this.byEntity) {
      for (const m of slot.mentions) {
        if (!drop(m)) continue;
        slot.mentions.delete(m);
        if (this.supported) slot.highlight.delete(m.range);
      }
      if (slot.mentions.size === 0) {
        this.byEntity.delete(entity);
        if (this.supported) this.win.CSS.highlights.delete(highlightName(entity));
      }
    }
    for (const [node, list] of this.byNode) {
      const kept = list.filter((m) => this.byEntity.get(m.entity)?.mentions.has(m));
      if (kept.length === 0) this.byNode.delete(node);
      else if (kept.length !== list.length) this.byNode.set(node, kept);
    }
  }

  clear(): void {
    this.removeWhere(() => true);
  }

  /** Mentions touching this text node. */
  at(node: Node): readonly MarkedMention[] {
    return this.byNode.get(node) ?? [];
  }

  /** Mention count per entity. */
  counts(): Map<EntityId, number> {
    return new Map([...this.byEntity].map(([id, slot]) => [id, slot.mentions.size]));
  }

  /** All mentions, in document order. */
  all(): MarkedMention[] {
    const list = [...this.byEntity.values()].flatMap((s) => [...s.mentions]);
    return list.sort((a, b) => a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range));
  }

  get size(): number {
    let n = 0;
    for (const slot of this.byEntity.values()) n += slot.mentions.size;
    return n;
  }
}
