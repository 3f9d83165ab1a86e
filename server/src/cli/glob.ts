/**
 * Small glob support, so the CLI expands patterns itself (Windows shells do not, and quoted
 * patterns reach us unexpanded everywhere): `*` (any run inside one path segment), `**` (any number
 * of whole segments, including none) and `?` (one character). Paths use `/`.
 */

export function hasGlob(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

export function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const atSegmentStart = i === 0 || pattern[i - 1] === '/';
        const atSegmentEnd = i + 2 === pattern.length || pattern[i + 2] === '/';
        if (atSegmentStart && atSegmentEnd) {
          if (i + 2 === pattern.length) {
            source += '.*';
            i += 1;
          } else {
            source += '(?:[^/]*/)*';
            i += 2; // also consume the slash
          }
          continue;
        }
        // `a**b` inside a segment behaves like `*`.
        source += '[^/]*';
        i += 1;
        continue;
      }
      source += '[^/]*';
    } else if (c === '?') {
      source += '[^/]';
    } else {
      source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

/** Splits a pattern into the folder to walk (no glob characters) and the part to match below it. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/');
  const firstGlob = segments.findIndex((segment) => hasGlob(segment));
  const baseSegments = segments.slice(0, firstGlob);
  const base = baseSegments.length === 0 ? '.' : baseSegments.join('/') || '/';
  return { base, rest: segments.slice(firstGlob).join('/') };
}
