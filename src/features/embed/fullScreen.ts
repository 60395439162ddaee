/**
 * The class that makes the atlas fill its window (its frame, when embedded) without the Fullscreen API:
 * the embed bar sets it, the host API reports it. Its own module, so neither lazy chunk imports the other.
 */
export const PSEUDO_FULL_SCREEN = 'pseudo-full-screen';
