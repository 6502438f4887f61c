// The station's scanner as server-sent events: wristbands, ampoule packs, badges and refusals.
import { $ } from './ui.js';

/** Opens the stream; `handlers` has wristband(patient), product(product), badge(staff), rejected(reason). */
export function listenForScans(station, handlers) {
  const state = $('connection');
  const source = new EventSource(`/api/stations/${encodeURIComponent(station)}/scans`);
  source.onopen = () => { state.textContent = 'Scanner connected.'; state.dataset.ok = 'true'; };
  source.onerror = () => {
    state.textContent = 'Scanner not connected: reconnecting… Tap names on the list meanwhile.';
    state.dataset.ok = 'false';
  };
  source.addEventListener('scan', (message) => {
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
  });
  return () => source.close();
}
