/**
 * The deck (PowerPoint) export: a button the tour and the map image each show. The button is small;
 * the deck's code and pptxgenjs load on its first click (deckExport.lazy.ts, pptxWriter.lazy.ts).
 */
export { deckButton } from './deckButton';
