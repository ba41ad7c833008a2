/** The place sheet's details (facts, verification, map links, share): loaded once, by the first open or by main.ts after the first screen. */
export const loadPlaceSheetDetails = () => import('./PlaceSheetDetails.vue')
