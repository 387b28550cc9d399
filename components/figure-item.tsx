import type { Figure } from '../content/dataset';
import { entityById } from '../content/dataset';

/** A key figure: the number large, its context in one line, who said it. */
export function FigureItem({ figure, children }: { figure: Figure; children?: preact.ComponentChildren }) {
  const speaker = figure.speaker ? entityById(figure.speaker) : undefined;
  return (
    <li class="figure" data-figure={figure.id}>
      <span class={figure.value.length > 8 ? 'figure-value figure-value-long' : 'figure-value'}>{figure.value}</span>
      <span class="figure-label">
        {figure.label}
        {speaker && <span class="figure-by"> · {speaker.name}</span>}
      </span>
      {children}
    </li>
  );
}
