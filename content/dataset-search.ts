import { ENTITIES, STATEMENTS, type Entity } from './dataset';
import { removeInvisible } from './engine/invisible-chars';

/**
 * Folds German text for searching: case-insensitive, umlauts and their ae/oe/ue spellings and plain
 * vowels all meet („Mädge“, „Maedge“, „madge“ → „madge“), ß → ss, other diacritics dropped.
 */
export function foldGerman(text: string): string {
  return removeInvisible(text)
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä|ae/g, 'a')
    .replace(/ö|oe/g, 'o')
    .replace(/ü|ue/g, 'u')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‐‑–—-]/g, '-')
    .replace(/\s+/g, ' ');
}

/** Everything an entity can be found by: names, abbreviation, role, related organisations, statements. */
function haystack(entity: Entity): string {
  const parts: string[] = [entity.name, entity.short ?? ''];
  if (entity.kind === 'person') {
    parts.push(entity.role);
    for (const id of entity.affiliations) {
      const org = ENTITIES.find((e) => e.id === id);
      if (org) parts.push(org.name, org.short ?? '');
    }
  } else {
    for (const p of ENTITIES) if (p.kind === 'person' && p.affiliations.includes(entity.id)) parts.push(p.name);
  }
  for (const s of STATEMENTS) if (s.speaker === entity.id || s.organisation === entity.id) parts.push(s.text);
  return foldGerman(parts.join(' \n '));
}

const INDEX = new Map<Entity, string>();

/** Entities whose name, organisation or statement text contains every word of `query` (folded). */
export function searchEntities(query: string, entities: readonly Entity[] = ENTITIES): Entity[] {
  const words = foldGerman(query).trim().split(' ').filter(Boolean);
  if (words.length === 0) return [...entities];
  return entities.filter((e) => {
    let text = INDEX.get(e);
    if (text === undefined) {
      text = haystack(e);
      INDEX.set(e, text);
    }
    return words.every((w) => text!.includes(w));
  });
}
