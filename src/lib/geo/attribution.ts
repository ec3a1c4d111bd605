/**
 * Pulls the attribution lines out of the reference data's README.txt, so the
 * site shows exactly what the data's licences ask for, and stays right when
 * the README changes.
 */
export const parseAttributions = (readme: string): string[] => {
  const found: string[] = [];
  const pattern = /(?:Attribution[^:\n]*|suggested credit):\s*"([^"]+)"/g;
  for (const match of readme.matchAll(pattern)) {
    const line = (match[1] ?? '').replace(/\s+/g, ' ').trim();
    if (line && !found.includes(line)) found.push(line);
  }
  return found;
};
