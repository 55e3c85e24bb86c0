import { foldCharacter, foldText, swapsOf } from './search.store';

/** A stretch of the matched name, by UTF-16 offsets into it as recorded: `matched.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The name folded as `foldText` folds it, character by character, with where in the name each folded character
 * came from: the words of the question are found in the folded name and shown in the name as recorded.
 */
function foldWithOrigins(name: string): { hay: string; from: number[]; to: number[] } {
  let hay = '';
  const from: number[] = [];
  const to: number[] = [];
  let offset = 0;
  let spaced = false;
  for (const character of name) {
    for (const letter of foldCharacter(character)) {
      if (!/[a-z0-9]/.test(letter)) {
        spaced = true;
        continue;
      }
      if (spaced && hay) {
        hay += ' ';
        from.push(offset);
        to.push(offset);
      }
      spaced = false;
      hay += letter;
      from.push(offset);
      to.push(offset + character.length);
    }
    offset += character.length;
  }
  return { hay, from, to };
}

const trigramsOf = (word: string) => {
  const padded = `  ${word} `;
  return new Set(Array.from({ length: padded.length - 2 }, (_, at) => padded.slice(at, at + 3)));
};

/** The name's word sharing most trigrams with a misspelt word, as pg_trgm would have found it. */
function closestWord(hay: string, word: string): Span | null {
  const wanted = trigramsOf(word);
  let best: Span | null = null;
  let bestShared = 0;
  for (const match of hay.matchAll(/[a-z0-9]+/g)) {
    const shared = [...trigramsOf(match[0])].filter((trigram) => wanted.has(trigram)).length;
    if (shared > bestShared) [best, bestShared] = [{ start: match.index, end: match.index + match[0].length }, shared];
  }
  return best;
}

/** Where a word of the question is in the folded name: as it is, else with two letters swapped, else the closest. */
function spansOfWord(hay: string, word: string): Span[] {
  for (const form of [word, ...swapsOf(word)]) {
    const spans: Span[] = [];
    for (let at = hay.indexOf(form); at >= 0; at = hay.indexOf(form, at + form.length)) {
      spans.push({ start: at, end: at + form.length });
    }
    if (spans.length) return spans;
  }
  const closest = closestWord(hay, word);
  return closest ? [closest] : [];
}

/**
 * The stretches of a matched name that the question's words matched, in order and merged where they touch, as
 * offsets into the name as recorded (accents, apostrophes and case kept): "childrens trust" in "Searchshire
 * Children’s Trust Board" gives the offsets of "Children’s" and "Trust".
 */
export function highlightsOf(matched: string, question: string): Span[] {
  const { hay, from, to } = foldWithOrigins(matched);
  const words = foldText(question).split(' ').filter(Boolean);
  const spans = words.flatMap((word) => spansOfWord(hay, word)).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged.map((span) => ({ start: from[span.start]!, end: to[span.end - 1]! }));
}
