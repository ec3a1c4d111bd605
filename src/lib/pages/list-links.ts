/**
 * Links from a list page (an area, a tier, a type, an area's tier) to search and the map,
 * showing the same offers the page lists. Pure.
 */
import { emptyState, type SearchState } from '../search/state.ts';

/**
 * The search state for a list page's offers. List pages show every live offer, temporarily
 * closed ones with a badge (content/status.ts, isLive), while search leaves those out unless
 * asked; so the link asks, and the count on the page is the count the link shows.
 */
export const listSearchState = (filters: Partial<SearchState>): SearchState => ({
  ...emptyState(),
  closed: true,
  ...filters,
});
