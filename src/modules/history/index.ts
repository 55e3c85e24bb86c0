export { write, updateVersioned, assertVersion, onceFor, type Write, type ChangeEntry } from './write';
export { HistoryResolver } from './history.resolver';
export { ChangeResolver } from './change.resolver';
export { HistoryStore } from './history.store';
export { Change } from './change.type';
export { ChangeRedactor } from './redaction';
export type { ChangeRow } from './change.type';
