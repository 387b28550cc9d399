import type { Entity } from '../content/dataset';
import { t } from './i18n';

/** Name, kind and — for people — the role as of 30.11.2020, clearly dated. */
export function EntityHeader({ entity, headingId, level = 2 }: { entity: Entity; headingId: string; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const kind =
    entity.id === 'alliance' ? t('kindAlliance') : entity.kind === 'person' ? t('kindPerson') : t('kindOrganisation');
  return (
    <div class="entity-header">
      <span class={`kind kind-${entity.kind}`}>{kind}</span>
      <Heading id={headingId}>{entity.name}</Heading>
      {entity.kind === 'person' ? (
        <p class="role">
          {entity.role} <span class="as-of">{t('asOf')}</span>
        </p>
      ) : (
        entity.short && <p class="role">{entity.short}</p>
      )}
    </div>
  );
}
