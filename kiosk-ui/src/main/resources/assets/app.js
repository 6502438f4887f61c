// Placeholder office sign-in: proves the page, the API and the session cookie work together.
document.getElementById('sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const status = document.getElementById('status');
  const response = await fetch('/api/sessions/password', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: form.get('username'), password: form.get('password') }),
  });
  const body = await response.json();
  status.textContent = response.ok
    ? `Signed in as ${body.staff.displayName} (${body.staff.roles.join(', ')})`
    : body.errors.map((e) => (e.field ? `${e.field}: ${e.reason}` : e.reason)).join('; ');
});

// Kiosk: sign in with badge and PIN at a station, then show that station's scans as they arrive.
// The server sends each scan as a server-sent event; a wristband arrives as the patient's id and
// name (never the NHS number), a refused scan with its reason.
document.getElementById('kiosk-sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const status = document.getElementById('status');
  const response = await fetch('/api/sessions/badge', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      stationCode: form.get('stationCode'), badgeCode: form.get('badgeCode'), pin: form.get('pin'),
    }),
  });
  const body = await response.json();
  if (!response.ok) {
    status.textContent = body.errors.map((e) => e.reason).join('; ');
    return;
  }
  status.textContent = `Signed in at ${form.get('stationCode')} as ${body.staff.displayName}`;
  showScans(form.get('stationCode'));
});

function describeScan(scan) {
  switch (scan.kind) {
    case 'PRODUCT':
      return `Medicine pack: GTIN ${scan.product.gtin}`
        + (scan.product.batch ? `, batch ${scan.product.batch}` : '')
        + (scan.product.expiry ? `, expires ${scan.product.expiry}` : '')
        + (scan.product.serial ? `, serial ${scan.product.serial}` : '');
    case 'WRISTBAND':
      return `Patient: ${scan.patient.displayName} (id ${scan.patient.id})`;
    case 'BADGE':
      return `Staff badge: ${scan.staff.displayName}`;
    default:
      return `Scan not accepted: ${scan.reason}`;
  }
}

function showScans(stationCode) {
  document.getElementById('scans').hidden = false;
  document.getElementById('scans-station').textContent = stationCode;
  const state = document.getElementById('scans-state');
  const list = document.getElementById('scan-list');
  const source = new EventSource(`/api/stations/${encodeURIComponent(stationCode)}/scans`);
  source.onopen = () => { state.textContent = 'Scanner connected: scan a wristband, badge or pack.'; };
  source.onerror = () => { state.textContent = 'Not receiving scans (signed out, or the server is restarting).'; };
  source.addEventListener('scan', (message) => {
    const item = document.createElement('li');
    item.textContent = describeScan(JSON.parse(message.data));
    list.prepend(item);
    while (list.children.length > 10) list.lastChild.remove();
  });
}
