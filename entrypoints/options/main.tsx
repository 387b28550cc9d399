import { signal } from '@preact/signals';
import { render } from 'preact';
import { lang } from '../../components/i18n';
import { Options } from '../../components/options/options';
import '../../components/theme.css';
import '../../components/options/options.css';
import { DEFAULT_SETTINGS, type Settings } from '../../content/settings-schema';
import { loadSettings, watchSettings } from '../../content/settings-store';

const settings = signal({ ...DEFAULT_SETTINGS });
const follow = (s: Settings) => {
  settings.value = s;
  lang.value = s.lang;
  document.documentElement.lang = s.lang;
};
void loadSettings().then((s) => {
  follow(s);
  render(<Options settings={settings} />, document.getElementById('app')!);
});
watchSettings(follow);
