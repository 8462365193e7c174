// jsdom lacks CSS.escape, which React Aria's overlays call; a minimal one for the component tests.
const css = (globalThis as { CSS?: { escape?: (value: string) => string } }).CSS ?? {};
css.escape ??= (value: string) => value.replace(/([^\w-])/g, '\\$1');
(globalThis as { CSS?: unknown }).CSS = css;
