// The console works without this script; it only hides the answer field unless "answer added" is chosen.
/* global document */
for (const form of document.querySelectorAll('form.status-form')) {
  const select = form.querySelector('select[name="status"]');
  const field = form.querySelector('.answer');
  const input = field.querySelector('input');
  const sync = () => {
    const on = select.value === 'answer-added';
    field.hidden = !on;
    input.required = on;
  };
  select.addEventListener('change', sync);
  sync();
}
