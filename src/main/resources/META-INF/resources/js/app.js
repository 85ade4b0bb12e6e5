// Entente: progressive enhancement only; every page works without it.
document.addEventListener('DOMContentLoaded', () => {
  // Monthly fields only matter for monthly cadences.
  const unit = document.getElementById('cadence.unit');
  const monthly = document.querySelector('.monthly');
  if (unit && monthly) {
    const sync = () => { monthly.hidden = unit.value !== 'MONTHS'; };
    unit.addEventListener('change', sync);
    sync();
  }

  // Forms that change something hard to undo ask first.
  document.querySelectorAll('form[data-confirm]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
      }
    });
  });

  // Forms that open in place (a row's "Log an interaction", "Send a tip"): one at a time, Escape closes it.
  const inPlace = document.querySelectorAll('details.in-place');
  inPlace.forEach((details) => {
    details.addEventListener('toggle', () => {
      if (details.open) {
        inPlace.forEach((other) => { if (other !== details) { other.open = false; } });
        const field = details.querySelector('select, input:not([type=hidden]), a[role=button]');
        if (field) { field.focus(); }
      }
    });
  });
  document.addEventListener('keydown', (event) => {
    const open = document.querySelector('details.in-place[open]');
    if (event.key === 'Escape' && open) {
      open.open = false;
      open.querySelector('summary').focus();
    }
  });

  // Copy buttons put their data-copy text on the clipboard and say so.
  document.querySelectorAll('button[data-copy]').forEach((button) => {
    button.addEventListener('click', async () => {
      const label = button.textContent;
      try {
        await navigator.clipboard.writeText(button.dataset.copy);
        button.textContent = 'Copied';
      } catch (e) {
        const field = document.getElementById('feed-url');
        if (field) { field.select(); }
        button.textContent = 'Press Ctrl+C to copy';
      }
      setTimeout(() => { button.textContent = label; }, 2000);
    });
  });

  // Typed input survives a session that ended while the form was open: a form being sent is kept in sessionStorage
  // (never passwords or the CSRF token); if the answer is the login page, the user logs in and comes back to the
  // form's page (login?next=), where the fields are filled in again with a notice. Any other answer forgets them.
  const KEPT = 'entente-kept-form';
  const kept = JSON.parse(sessionStorage.getItem(KEPT) || 'null');
  const cameFromLogin = document.referrer && new URL(document.referrer).pathname === '/login';
  if (kept && window.location.pathname !== '/login') {
    sessionStorage.removeItem(KEPT);
    const form = cameFromLogin && kept.page === window.location.pathname + window.location.search
      ? Array.from(document.forms).find((f) => f.getAttribute('action') === kept.action) : null;
    if (form) {
      kept.fields.forEach(([name, value]) => {
        const field = Array.from(form.elements).find((e) => e.name === name && !e.dataset.refilled
          && (e.type !== 'checkbox' && e.type !== 'radio' || e.value === value));
        if (!field) { return; }
        if (field.type === 'checkbox' || field.type === 'radio') { field.checked = true; } else { field.value = value; }
        field.dataset.refilled = 'true';
      });
      const notice = document.createElement('p');
      notice.className = 'notice flash';
      notice.setAttribute('role', 'status');
      notice.id = 'input-kept';
      notice.textContent = 'Your input was kept; check it and save again.';
      form.before(notice);
    }
  }
  document.querySelectorAll('form[method=post]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      if (event.defaultPrevented || form.getAttribute('action') === '/login') { return; }
      const fields = Array.from(form.elements)
        .filter((e) => e.name && e.name !== 'csrf-token' && e.type !== 'password' && e.type !== 'file'
          && e.type !== 'hidden' && e.type !== 'submit' && e.type !== 'button'
          && (e.type !== 'checkbox' && e.type !== 'radio' || e.checked))
        .flatMap((e) => (e.multiple ? Array.from(e.selectedOptions).map((o) => [e.name, o.value]) : [[e.name, e.value]]));
      sessionStorage.setItem(KEPT, JSON.stringify({
        page: window.location.pathname + window.location.search, action: form.getAttribute('action'), fields,
      }));
    });
  });
});
