import { FIGURES } from '../../content/dataset';

export function Popup() {
  return (
    <main>
      <h1>Niedersachsen packt an</h1>
      <ul>
        {FIGURES.map((f) => (
          <li key={f.id}>
            <strong>{f.value}</strong> {f.label}
          </li>
        ))}
      </ul>
    </main>
  );
}
