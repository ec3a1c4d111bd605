/** Progression loops: a record whose onward routes lead back to itself. Pure. */

/** Finds progression loops (a → b → … → a). Returns each loop once, as a list of ids starting at its smallest id. */
export const findProgressionLoops = (links: ReadonlyMap<string, readonly string[]>): string[][] => {
  const loops = new Map<string, string[]>();
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of links.get(id) ?? []) {
      if (next === id) continue; // self-links are reported on their own
      const seen = state.get(next);
      if (seen === 'visiting') {
        const loop = stack.slice(stack.indexOf(next));
        const start = loop.indexOf([...loop].sort()[0] as string);
        const canonical = [...loop.slice(start), ...loop.slice(0, start)];
        loops.set(canonical.join('>'), canonical);
      } else if (seen === undefined && links.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of [...links.keys()].sort()) if (!state.has(id)) visit(id);
  return [...loops.values()];
};
