// Fields with a length limit never cut what is typed or pasted (no maxlength): the server refuses a value that is
// too long and keeps it in the form. This script says so while typing, next to the field.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-max]').forEach((field) => {
    const max = Number(field.dataset.max);
    const help = document.getElementById(field.getAttribute('aria-describedby') || '');
    if (!help || !max) {
      return;
    }
    const original = help.textContent;
    const originalClass = help.className;
    const sync = () => {
      const over = field.value.length - max;
      if (over > 0) {
        help.textContent = `${over} ${over === 1 ? 'character' : 'characters'} over the limit of ${max}.`;
        help.className = 'field-error';
        field.setAttribute('aria-invalid', 'true');
      } else if (help.dataset.limitShown) {
        help.textContent = original;
        help.className = originalClass;
        if (originalClass !== 'field-error') {
          field.removeAttribute('aria-invalid');
        }
      }
      help.dataset.limitShown = over > 0 ? 'yes' : '';
    };
    field.addEventListener('input', sync);
  });
});
