// Wording shared by several zones' notes.

export const NO_PUBLISHED_BOUNDARY = 'The boundary of the FTZ part itself is not published.';
export const NO_PUBLISHED_BOUNDARY_ZH = '该自贸区组团本身的边界未公布。';

export const NOT_IN_FTZ = 'Not part of the 119.68 km² Beijing FTZ.';
