/** What the search box says under it (no match, the hotlines a search names): loaded once, by the first search or by main.ts after the first screen. */
export const loadSearchFeedback = () => import('./SearchFeedback.vue')
