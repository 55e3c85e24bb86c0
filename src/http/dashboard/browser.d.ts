/// <reference lib="dom" />
/// <reference lib="dom.iterable" />

// The dashboard's own files run in the browser; cytoscape-fcose ships no types of its own.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}
