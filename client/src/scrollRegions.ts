/**
 * Makes the parts of a page that scroll sideways on their own usable by keyboard and named for screen readers
 * (WCAG 1.4.10, 2.1.1): every `.table-scroll` (and the dialogue matrix's `.matrix-wrap`) becomes a focusable region
 * named by its table's caption or the heading before it; a table that itself scrolls (`display: block` on a narrow
 * screen) becomes focusable. The layout calls it whenever the page changes, so no screen has to remember it.
 */
export function markScrollRegions(container: HTMLElement, fallbackLabel: string): void {
  for (const wrapper of container.querySelectorAll<HTMLElement>('.table-scroll, .matrix-wrap')) {
    if (wrapper.getAttribute('role') !== 'region') wrapper.setAttribute('role', 'region');
    if (!wrapper.hasAttribute('tabindex')) wrapper.tabIndex = 0;
    if (!wrapper.hasAttribute('aria-label') || wrapper.dataset.autoLabel === 'true') {
      const label = labelFor(wrapper) || fallbackLabel;
      if (wrapper.getAttribute('aria-label') !== label) wrapper.setAttribute('aria-label', label);
      wrapper.dataset.autoLabel = 'true';
    }
  }
  for (const table of container.querySelectorAll<HTMLTableElement>('table')) {
    if (table.hasAttribute('tabindex') || table.closest('.table-scroll, .matrix-wrap')) continue;
    const overflow = getComputedStyle(table).overflowX;
    if ((overflow === 'auto' || overflow === 'scroll') && table.scrollWidth > table.clientWidth + 1) table.tabIndex = 0;
  }
}

/** The table's caption, else the text of the nearest heading before the region. */
function labelFor(wrapper: HTMLElement): string {
  const caption = wrapper.querySelector('caption')?.textContent?.trim();
  if (caption) return caption;
  let node: Element | null = wrapper;
  while (node && node !== document.body) {
    let sibling: Element | null = node.previousElementSibling;
    while (sibling) {
      const heading = /^H[1-6]$/.test(sibling.tagName) ? sibling : sibling.querySelector('h1, h2, h3, h4, h5, h6');
      const text = heading?.textContent?.trim();
      if (text) return text;
      sibling = sibling.previousElementSibling;
    }
    node = node.parentElement;
  }
  return '';
}
