import { render } from 'preact';
import { startPopup } from '../../components/popup/popup-actions';
import { Popup } from '../../components/popup/popup';
import { createPopupState } from '../../components/popup/popup-state';
import '../../components/theme.css';
import '../../components/popup/popup.css';

const state = createPopupState();
render(<Popup state={state} />, document.getElementById('app')!);
void startPopup(state);
