import { describe, expect, it } from 'vitest';
import type { RouteObject } from 'react-router';
import { PRIORITIES } from '@/features/home/model/capabilities';
import { canAccess } from '@/lib/roles';
import { routes } from './router';

function paths(list: readonly RouteObject[]): string[] {
  return list.flatMap((route) => [...(route.path ? [route.path] : []), ...paths(route.children ?? [])]);
}

describe('the home page’s capabilities', () => {
  const capabilities = PRIORITIES.flatMap((p) => p.capabilities);

  it('link only to pages that exist and that a visitor may open', () => {
    const known = new Set(paths(routes));
    const linked = capabilities.flatMap((c) => (c.to ? [c.to] : []));
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.filter((to) => !known.has(to))).toEqual([]);
    expect(linked.filter((to) => !canAccess(null, to))).toEqual([]);
  });

  it('mark nothing as coming: the Reserve, for signed-in users only, links to the login', () => {
    expect(capabilities.filter((c) => !c.to).map((c) => c.id)).toEqual([]);
    expect(capabilities.find((c) => c.id === 'reserve')?.to).toBe('/login');
  });

  it('link the early warnings to the public alerts page', () => {
    expect(capabilities.find((c) => c.id === 'warnings')?.to).toBe('/alerts');
  });

  it('give incidents their public statistics and ransom demands the member states’ rules', () => {
    const linked = Object.fromEntries(capabilities.map((c) => [c.id, c.to]));
    expect(linked.incidents).toBe('/incidents');
    expect(linked.ransom).toBe('/ransom');
  });
});
