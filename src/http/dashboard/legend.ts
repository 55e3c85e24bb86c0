import { byId, h } from './dom';
import { bodyFamilies, edgeFamilies, levels, organisationStyle } from './graph-style';

const shapeNames: Record<string, string> = {
  hexagon: '⬢',
  'round-rectangle': '▢',
  ellipse: '●',
  diamond: '◆',
};

/** What the colours, shapes and lines mean, as text beside each sample. */
export function renderLegend(): void {
  const item = (sample: HTMLElement, text: string) => h('div', { class: 'legend-item' }, sample, text);
  byId('legend').replaceChildren(
    h('h3', {}, 'Bodies by kind (colour)'),
    ...bodyFamilies.map((family) =>
      item(h('span', { class: 'swatch', style: `background:${family.colour}`, 'aria-hidden': 'true' }), family.name),
    ),
    h('h3', {}, 'Level (shape)'),
    ...levels.map((level) => item(h('span', { 'aria-hidden': 'true' }, shapeNames[level.shape] ?? ''), level.name)),
    item(
      h('span', { 'aria-hidden': 'true', style: `color:${organisationStyle.colour}` }, shapeNames.diamond!),
      `${organisationStyle.name} (partner)`,
    ),
    item(h('span', { class: 'swatch', style: 'border-style:dashed', 'aria-hidden': 'true' }), 'Outside the area'),
    h('h3', {}, 'Edges (arrow: as the edge reads)'),
    ...edgeFamilies.map((family) =>
      item(
        h('span', {
          class: 'line',
          style: `border-top-color:${family.colour};border-top-style:${family.style}`,
          'aria-hidden': 'true',
        }),
        family.name,
      ),
    ),
  );
}
