// Wording shared by several zones' notes.

export const NO_PUBLISHED_BOUNDARY = 'The boundary of the FTZ part itself is not published.';

export const NOT_IN_FTZ = 'Not part of the 119.68 km² Beijing FTZ.';
