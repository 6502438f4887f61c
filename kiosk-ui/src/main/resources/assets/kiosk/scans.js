// The station's scanner as server-sent events: wristbands, ampoule packs, badges and refusals.
// A browser's EventSource gives up without a word when the server refuses the stream, so the
// page asks the server why and says it: a role the scans are not for is told so, not
// "reconnecting" for ever.
import { currentSession } from './session.js';
import { $ } from './ui.js';

const RETRY_AFTER_MS = 5_000;
const NOT_FOR_THIS_ROLE = 'Scans at this kiosk are not for your role: tap a name on the list to pick a patient.';

/** Opens the stream; `handlers` has wristband(patient), product(product), badge(staff), rejected(reason). Returns a stop function. */
export function listenForScans(station, handlers) {
  const url = `/api/stations/${encodeURIComponent(station)}/scans`;
  let source = null;
  let retry = null;
  let stopped = false;

  const open = () => {
    source = new EventSource(url);
    source.onopen = () => say('Scanner connected.', 'true');
    source.onerror = () => {
      if (source.readyState !== EventSource.CLOSED) {
        say('Scanner not connected: reconnecting… Tap names on the list meanwhile.', 'false');
        return;
      }
      source.close();
      whyRefused(url).then((refusal) => {
        if (stopped) return;
        if (refusal) {
          say(refusal, 'refused');
        } else {
          say('Scanner not connected: reconnecting… Tap names on the list meanwhile.', 'false');
          retry = setTimeout(open, RETRY_AFTER_MS);
        }
      });
    };
    source.addEventListener('scan', (message) => dispatch(message, handlers));
  };
  open();
  return () => {
    stopped = true;
    clearTimeout(retry);
    source?.close();
  };
}

function say(text, ok) {
  const state = $('connection');
  state.textContent = text;
  state.dataset.ok = ok;
}

/**
 * Asks for the stream once more, only to read the status: the words for a refusal that trying again
 * will not mend (403), or null when it is worth reconnecting. A 401 means the session has ended,
 * which asking for the current session tells the page.
 */
async function whyRefused(url) {
  const abort = new AbortController();
  const giveUp = setTimeout(() => abort.abort(), RETRY_AFTER_MS); // a stream that opens may send no header for a while
  try {
    const response = await fetch(url, { headers: { Accept: 'text/event-stream' }, credentials: 'same-origin', signal: abort.signal });
    if (response.status === 401) {
      await currentSession().catch(() => null);
      return null;
    }
    if (response.status !== 403) return null;
    const body = await response.json().catch(() => null);
    const error = body?.errors?.[0];
    // A refusal about the station (signed in elsewhere) has its own words; a role refusal has ours.
    return error?.field === 'station' && error.reason ? `Scanner: ${error.reason}.` : NOT_FOR_THIS_ROLE;
  } catch (e) {
    return null;
  } finally {
    clearTimeout(giveUp);
    abort.abort();
  }
}

function dispatch(message, handlers) {
  let scan;
  try {
    scan = JSON.parse(message.data);
  } catch (e) {
    return;
  }
  switch (scan.kind) {
    case 'WRISTBAND': handlers.wristband(scan.patient); break;
    case 'PRODUCT': handlers.product(scan.product); break;
    case 'BADGE': handlers.badge(scan.staff); break;
    default: handlers.rejected(scan.reason ?? 'the scan was not recognised');
  }
}
