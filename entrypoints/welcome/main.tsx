import { signal } from '@preact/signals';
import { render } from 'preact';
import { followSettings } from '../../components/settings-binding';
import { startSampleMarks } from '../../components/welcome/sample-marks';
import { Welcome } from '../../components/welcome/welcome';
import '../../components/theme.css';
import '../../components/welcome/welcome.css';
// The marks' styles, as the manifest injects them into web pages.
import '../highlights.content.css';
import { DEFAULT_SETTINGS } from '../../content/settings-schema';

// Opened once, on install (background.ts). The page lives as long as its tab.
const settings = signal({ ...DEFAULT_SETTINGS });
void followSettings(settings).then(() => {
  render(<Welcome />, document.getElementById('app')!);
  startSampleMarks(document, settings, new AbortController().signal);
});
