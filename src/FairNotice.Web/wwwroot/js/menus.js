// The header's small menus (<details class="group">) open and close by themselves, by mouse and keyboard, without this
// file. It adds what a menu is expected to do: one open at a time, closed by Escape (focus back on its button), by a
// click elsewhere, or when the focus leaves it.
const groups = [...document.querySelectorAll('header details.group')];
const closeAll = (except) => groups.forEach((g) => { if (g !== except) g.open = false; });
groups.forEach((g) => {
  g.addEventListener('toggle', () => { if (g.open) closeAll(g); });
  g.addEventListener('focusout', (e) => { if (e.relatedTarget && !g.contains(e.relatedTarget)) g.open = false; });
});
document.addEventListener('click', (e) => groups.forEach((g) => { if (g.open && !g.contains(e.target)) g.open = false; }));
document.addEventListener('keydown', (e) => {
  const open = groups.find((g) => g.open);
  if (e.key === 'Escape' && open) {
    open.open = false;
    open.querySelector('summary').focus();
  }
});
