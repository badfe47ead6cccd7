// The error summary (GOV.UK Design System pattern): focused when the page loads, so the reader hears the problems first;
// each link moves focus to its field and scrolls its label or legend into view, so the question is seen with the input.
const summary = document.querySelector('[data-error-summary]');
if (summary) {
  summary.focus();
  summary.addEventListener('click', event => {
    const link = event.target.closest('a[href^="#"]');
    const field = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!field) return;
    event.preventDefault();
    const label = (field.id && document.querySelector(`label[for="${CSS.escape(field.id)}"]`))
      || field.closest('label') || field.closest('fieldset')?.querySelector('legend');
    (label || field).scrollIntoView();
    field.focus({ preventScroll: true });
  });
}
