import { signal } from '@preact/signals';
import { render } from 'preact';
import { Options } from '../../components/options/options';
import { followSettings } from '../../components/settings-binding';
import '../../components/theme.css';
import '../../components/options/options.css';
import { DEFAULT_SETTINGS } from '../../content/settings-schema';

const settings = signal({ ...DEFAULT_SETTINGS });
void followSettings(settings).then(() => render(<Options settings={settings} />, document.getElementById('app')!));
