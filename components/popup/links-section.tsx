import { LINKS } from '../../content/dataset';
import { t } from '../i18n';

/** The five links the source names; only those with a sourced address are links. */
export function LinksSection() {
  return (
    <section class="section" aria-labelledby="links">
      <h2 id="links">{t('links')}</h2>
      <ul class="links">
        {LINKS.map((l) => (
          <li key={l.label} data-link={l.url ? 'sourced' : 'no-address'}>
            {l.url ? (
              <a href={l.url} target="_blank" rel="noopener noreferrer">
                {l.label}
              </a>
            ) : (
              <>
                <span>{l.label}</span> <span class="muted no-address">({t('noAddress')})</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
