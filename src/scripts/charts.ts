/**
 * The charts' progressive enhancement: a tooltip on hover or focus of a mark, and, while the reader
 * scrolls the timeline, the current entry's marks highlighted. Without it the charts are complete.
 */

/** Adds the tooltip and the scroll highlight once per page. */
export function enhanceCharts(): void {
  if (document.documentElement.dataset['chartsEnhanced']) return;
  document.documentElement.dataset['chartsEnhanced'] = 'true';
  addTooltips();
  highlightCurrentEntry();
}

function addTooltips(): void {
  const tooltip = document.createElement('div');
  tooltip.className = 'chart-tooltip';
  tooltip.hidden = true;
  // The mark's own accessible name already says the same; this is for sighted pointer and keyboard users.
  tooltip.setAttribute('aria-hidden', 'true');
  document.body.append(tooltip);

  const show = (mark: Element) => {
    tooltip.textContent = mark.getAttribute('data-tip');
    tooltip.hidden = false;
    const box = mark.getBoundingClientRect();
    const half = tooltip.offsetWidth / 2;
    const x = Math.min(Math.max(box.left + box.width / 2, half + 8), document.documentElement.clientWidth - half - 8);
    tooltip.style.left = `${x + window.scrollX}px`;
    tooltip.style.top = `${Math.max(box.top, tooltip.offsetHeight + 16) + window.scrollY}px`;
  };
  const hide = () => {
    tooltip.hidden = true;
  };

  for (const mark of document.querySelectorAll('.chart [data-tip]')) {
    mark.addEventListener('pointerenter', () => show(mark));
    mark.addEventListener('pointerleave', hide);
    mark.addEventListener('focus', () => show(mark));
    mark.addEventListener('blur', hide);
  }
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}

function highlightCurrentEntry(): void {
  const entries = document.querySelectorAll<HTMLElement>('li.entry[id]');
  if (entries.length === 0 || !('IntersectionObserver' in window)) return;
  let current: string | undefined;
  const observer = new IntersectionObserver(
    (changes) => {
      const visible = changes.find((change) => change.isIntersecting);
      if (!visible || visible.target.id === current) return;
      current = visible.target.id;
      for (const element of document.querySelectorAll('.chart .is-current')) element.classList.remove('is-current');
      for (const element of document.querySelectorAll(`.chart [data-entry~="${CSS.escape(current)}"]`)) {
        element.classList.add('is-current');
      }
    },
    // A thin band across the middle of the screen: the entry being read is the one crossing it.
    { rootMargin: '-45% 0px -45% 0px' },
  );
  for (const entry of entries) observer.observe(entry);
}
