import {
  FIGURES,
  PEOPLE,
  STATEMENTS,
  type Entity,
  type Figure,
  type Person,
  type Statement,
} from '../../content/dataset';

/** What a card shows for an entity, derived from the dataset. */
export interface EntityFacts {
  statements: Statement[];
  figures: Figure[];
  /** Person → their organisations; organisation → its representatives. */
  related: Entity[];
}

export function factsFor(entity: Entity, lookup: (id: string) => Entity | undefined): EntityFacts {
  if (entity.kind === 'person') {
    return {
      statements: STATEMENTS.filter((s) => s.speaker === entity.id),
      figures: FIGURES.filter((f) => f.speaker === entity.id),
      related: entity.affiliations.map((id) => lookup(id)).filter((e): e is Entity => !!e),
    };
  }
  const people: Person[] = PEOPLE.filter((p) => p.affiliations.includes(entity.id));
  return {
    statements: STATEMENTS.filter((s) => s.organisation === entity.id),
    figures: entity.id === 'alliance' ? FIGURES.filter((f) => f.speaker === null) : [],
    related: people,
  };
}
