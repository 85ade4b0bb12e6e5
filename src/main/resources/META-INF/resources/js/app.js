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
});
