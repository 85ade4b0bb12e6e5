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
});
