// An on-screen PIN pad for gloved hands: large keys that type into a PIN field. The keyboard and a
// keyboard-wedge badge reader still work; the pad only adds a digit, deletes one, or clears.
import { el } from './ui.js';

const KEYS = [
  ['1', '1'], ['2', '2'], ['3', '3'], ['4', '4'], ['5', '5'], ['6', '6'], ['7', '7'], ['8', '8'], ['9', '9'],
  ['clear', 'Clear'], ['0', '0'], ['delete', '⌫'],
];
const SPOKEN = { clear: 'Clear the PIN', delete: 'Delete the last digit' };

/** Fills `pad` with the keys; each tap changes `input` as typing would. */
export function attachPinPad(pad, input) {
  pad.replaceChildren(...KEYS.map(([key, label]) => el('button', {
    type: 'button',
    class: `pin-key${SPOKEN[key] ? ' pin-key-edit' : ''}`,
    'data-key': key,
    'aria-label': SPOKEN[key],
    // Keep the focus where it was: Enter then still submits the form, not the last key tapped again.
    onmousedown: (event) => event.preventDefault(),
    onclick: () => press(input, key),
  }, label)));
}

function press(input, key) {
  if (key === 'clear') input.value = '';
  else if (key === 'delete') input.value = input.value.slice(0, -1);
  else input.value += key;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
