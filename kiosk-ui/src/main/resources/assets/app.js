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
