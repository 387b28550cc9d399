import type { Entity } from '../content/dataset';
import { t } from './i18n';

/** Name, kind and — for people — the role as of 30.11.2020, clearly dated. */
export function EntityHeader({ entity, headingId }: { entity: Entity; headingId: string }) {
  const kind = entity.id === 'alliance' ? t('kindAlliance') : entity.kind === 'person' ? t('kindPerson') : t('kindOrganisation');
  return (
    <header class="entity-header">
      <span class={`kind kind-${entity.kind}`}>{kind}</span>
      <h2 id={headingId}>{entity.name}</h2>
      {entity.kind === 'person' ? (
        <p class="role">
          {entity.role} <span class="as-of">{t('asOf')}</span>
        </p>
      ) : (
        entity.short && <p class="role">{entity.short}</p>
      )}
    </header>
  );
}
