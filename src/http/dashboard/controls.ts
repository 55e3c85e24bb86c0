import { failuresOf, runQuery, type Credentials } from './api';
import { byId, h, words } from './dom';
import { bodyKinds } from './graph-style';
import { areaSearchQuery } from './queries';
import { dateOfMonth, monthsSince2004, today, type ViewState } from './view-state';

interface AreaHit {
  node: { code?: string; name?: string; kind?: string };
}

/** The controls: area search, the date (a field and a slider by month), depth, and body kinds. */
export function setUpControls(
  state: ViewState,
  credentials: () => Credentials | null,
  changed: (next: Partial<ViewState>) => void,
): { showArea(name: string): void } {
  const asOf = byId<HTMLInputElement>('as-of');
  const slider = byId<HTMLInputElement>('as-of-slider');
  const lastMonth = monthsSince2004(today());
  asOf.max = today();
  asOf.value = state.asOf;
  slider.max = String(lastMonth);
  slider.value = String(monthsSince2004(state.asOf));
  asOf.addEventListener('change', () => {
    if (!asOf.value || asOf.value < asOf.min) return;
    slider.value = String(monthsSince2004(asOf.value));
    changed({ asOf: asOf.value });
  });
  let sliding: number | undefined;
  slider.addEventListener('input', () => {
    asOf.value = dateOfMonth(Number(slider.value), lastMonth);
    window.clearTimeout(sliding);
    sliding = window.setTimeout(() => changed({ asOf: asOf.value }), 200);
  });
  const depth = byId<HTMLSelectElement>('depth');
  depth.value = String(state.depth);
  depth.addEventListener('change', () => changed({ depth: Number(depth.value) }));
  setUpKinds(state, changed);
  return setUpAreaSearch(credentials, (areaCode) => changed({ areaCode }));
}

function setUpKinds(state: ViewState, changed: (next: Partial<ViewState>) => void): void {
  const box = byId('kinds');
  const summary = byId('kinds-summary');
  const boxes = bodyKinds.map((kind) => {
    const input = h('input', { type: 'checkbox', value: kind }) as HTMLInputElement;
    input.checked = !state.kinds || state.kinds.includes(kind);
    box.append(h('label', {}, input, ` ${words(kind)}`));
    return input;
  });
  const update = () => {
    const chosen = boxes.filter((input) => input.checked).map((input) => input.value);
    const all = chosen.length === boxes.length;
    summary.textContent = all ? 'all' : `${chosen.length} of ${boxes.length}`;
    return all ? null : chosen;
  };
  update();
  box.addEventListener('change', () => changed({ kinds: update() }));
}

function setUpAreaSearch(credentials: () => Credentials | null, pick: (areaCode: string) => void) {
  const input = byId<HTMLInputElement>('area-search');
  const list = byId('area-results');
  let timer: number | undefined;
  let hits: { code: string; name: string; kind: string }[] = [];
  let active = -1;
  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    input.value = `${hit.name} (${hit.code})`;
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    pick(hit.code);
  };
  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, index) => {
        const item = h(
          'li',
          { role: 'option', id: `area-${index}`, 'aria-selected': String(index === active) },
          `${hit.name} (${hit.code}, ${words(hit.kind)})`,
        );
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(index);
        });
        return item;
      }),
    );
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `area-${active}`);
  };
  const search = async (text: string) => {
    const answer = await runQuery<{ search: AreaHit[] }>(areaSearchQuery(text), credentials());
    if (failuresOf(answer).length || !answer.data) return;
    hits = answer.data.search
      .map((hit) => hit.node)
      .filter((node): node is { code: string; name: string; kind: string } => Boolean(node.code));
    active = hits.length ? 0 : -1;
    render();
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      hits = [];
      return render();
    }
    timer = window.setTimeout(() => void search(text), 200);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      active = Math.max(0, Math.min(hits.length - 1, active + (event.key === 'ArrowDown' ? 1 : -1)));
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (hits.length) choose(active);
      else if (/^[EWSN]\d{8}$/i.test(input.value.trim())) pick(input.value.trim().toUpperCase());
    } else if (event.key === 'Escape') {
      hits = [];
      render();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(() => (list.hidden = true), 150));
  return { showArea: (name: string) => void (document.activeElement !== input && (input.value = name)) };
}
