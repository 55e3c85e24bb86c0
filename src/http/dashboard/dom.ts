type Child = Node | string | null | undefined | false;

/** An element with text set as text (never as HTML: labels come from the registry's records). */
export function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}`);
  return element as T;
}

/** SCREAMING_CASE as words: CHILDRENS_TRUST_BOARD → "childrens trust board". */
export function words(code: string | null | undefined): string {
  return (code ?? '').toLowerCase().replace(/_/g, ' ');
}
