import { describe, expect, it } from 'vitest';
import { linkedRoute } from './page-routes.js';

const origin = 'http://127.0.0.1:4173';

describe('linkedRoute', () => {
  it('default: a same-origin link is its path and query, without an in-page fragment', () => {
    expect(linkedRoute(`${origin}/game?level=2#rules`, origin)).toBe('/game?level=2');
    expect(linkedRoute('/scores', origin)).toBe('/scores');
    expect(linkedRoute(`${origin}/about.html`, origin)).toBe('/about.html');
  });

  it("behavior: a hash router's route keeps its fragment", () => {
    expect(linkedRoute(`${origin}/#/scores`, origin)).toBe('/#/scores');
  });

  it('behavior: other origins, other schemes and files are not routes', () => {
    expect(linkedRoute('https://example.com/game', origin)).toBeUndefined();
    expect(linkedRoute('http://127.0.0.1:5432/', origin)).toBeUndefined();
    expect(linkedRoute('http://localhost:4173/', origin)).toBeUndefined();
    expect(linkedRoute('mailto:someone@example.com', origin)).toBeUndefined();
    expect(linkedRoute('javascript:void(0)', origin)).toBeUndefined();
    expect(linkedRoute(`${origin}/rules.pdf`, origin)).toBeUndefined();
    expect(linkedRoute('http://[bad', origin)).toBeUndefined();
  });
});
