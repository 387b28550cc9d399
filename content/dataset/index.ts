export * from './types';
export { ENTITIES, ORGANISATIONS, PEOPLE, entityById } from './entities';
export { ALLIANCE_URL, FIGURES, LINKS, MOTTO, SOURCE, STATEMENTS } from './source';
