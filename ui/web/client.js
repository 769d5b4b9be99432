() => {
  // The web UI's behaviour in the browser: every answer keeps its own sources, [n] markers and
  // chips go to their source card, "Copy citation", and links that open a provision in place.
  // Installed once on page load (Gradio's `js`); handlers are delegated, so re-rendered HTML works.
  if (window.rsInstalled) return;
  window.rsInstalled = true;
  const FLASH_MS = 1600;  // long enough to catch the eye after scrolling, short enough not to linger
  const narrow = () => window.matchMedia('(max-width: 820px)').matches;

  // The chat's HTML is sanitised (no data-* attributes survive), so an answer says which turn it
  // is with a class (rs-t3) and a marker says which source with its link (#rs-src-3-2).
  const turnOf = (el) => { const m = /(?:^|\s)rs-t(\d+)(?:\s|$)/.exec(el.className); return m ? m[1] : null; };
  const showPanel = (turn) => {
    document.querySelectorAll('#rs-sources .rs-panel').forEach((p) => { p.hidden = p.dataset.turn !== String(turn); });
    document.querySelectorAll('#rs-chat .rs-answer').forEach((a) => {
      a.classList.toggle('rs-selected', turnOf(a) === String(turn));
    });
  };
  const flash = (el) => {
    el.classList.remove('rs-flash'); void el.offsetWidth; el.classList.add('rs-flash');
    setTimeout(() => el.classList.remove('rs-flash'), FLASH_MS);
  };
  const goToSource = (turn, n, from) => {
    showPanel(turn);
    if (narrow()) {
      const answer = from.closest('.rs-answer');
      const details = answer && answer.querySelector('details.rs-inline');
      const mini = document.getElementById(`rs-mini-${turn}-${n}`);
      if (details) details.open = true;
      // After the chat has handled the click (it may scroll itself), bring the source into view.
      if (mini) setTimeout(() => { mini.scrollIntoView({block: 'center'}); flash(mini); }, 120);
      return;
    }
    const card = document.getElementById(`rs-src-${turn}-${n}`);
    if (card) { card.scrollIntoView({block: 'start', behavior: 'smooth'}); flash(card); }
  };
  const copy = async (button) => {
    const hidden = button.parentElement && button.parentElement.querySelector('.rs-cite-text');
    const text = button.dataset.cite || (hidden ? hidden.textContent : '');
    try { await navigator.clipboard.writeText(text); }
    catch (e) {
      const area = document.createElement('textarea');
      area.value = text; document.body.appendChild(area); area.select();
      document.execCommand('copy'); area.remove();
    }
    const label = button.textContent;
    button.textContent = 'Copied ✓';
    setTimeout(() => { button.textContent = label; }, FLASH_MS);
  };
  const openRef = (ref) => {
    const input = document.querySelector('#rs-ref-bridge textarea, #rs-ref-bridge input');
    const go = document.querySelector('#rs-ref-go');
    if (!input || !go) { window.location.search = '?p=' + encodeURIComponent(ref); return; }
    input.value = ref;
    input.dispatchEvent(new Event('input', {bubbles: true}));
    setTimeout(() => go.click(), 50);
  };

  document.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    if (!target) return;
    const copyButton = target.closest('button.rs-copy');
    if (copyButton) { e.preventDefault(); e.stopPropagation(); copy(copyButton); return; }
    const ref = target.closest('a.rs-ref, a.rs-chip');
    const at = ref && /#rs-src-(\d+)-(\d+)$/.exec(ref.getAttribute('href') || '');
    if (at) { e.preventDefault(); e.stopPropagation(); goToSource(at[1], at[2], ref); return; }
    const link = target.closest('a[href^="?p="]');
    if (link) {
      e.preventDefault(); e.stopPropagation();
      openRef(new URLSearchParams(link.getAttribute('href').slice(1)).get('p') || ''); return;
    }
    const answer = target.closest('#rs-chat .rs-answer, #rs-chat .rs-q');
    if (answer && turnOf(answer) !== null) showPanel(turnOf(answer));
  }, true);
}
