// Live preview: reloads the page after every rebuild and shows build problems in the page (preview only).
let seen = null;
async function check() {
  try {
    const response = await fetch('/__kennisbank/status', { cache: 'no-store' });
    const state = await response.json();
    if (seen !== null && state.version !== seen) {
      location.reload();
      return;
    }
    seen = state.version;
    show(state.problems);
  } catch (e) {
    // the preview server restarts or stopped: try again
  }
  setTimeout(check, 700);
}
function show(problems) {
  let box = document.getElementById('kennisbank-problemen');
  if (problems.length === 0) {
    if (box) box.remove();
    return;
  }
  if (!box) {
    box = document.createElement('section');
    box.id = 'kennisbank-problemen';
    box.setAttribute('role', 'alert');
    box.setAttribute('aria-label', 'Problemen in de inhoud');
    box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:40vh;overflow:auto;background:#fff3f3;color:#5c0000;border-top:4px solid #b00020;padding:1rem;font:14px/1.4 monospace;z-index:9999';
    document.body.append(box);
  }
  box.replaceChildren();
  const title = document.createElement('strong');
  title.textContent = 'De site is niet bijgewerkt. Los deze problemen op en sla opnieuw op:';
  box.append(title);
  const list = document.createElement('ul');
  for (const p of problems) {
    const item = document.createElement('li');
    item.textContent = p;
    list.append(item);
  }
  box.append(list);
}
check();
