import { describeEngine, visitorJourney } from './journeys';

/** Headless Firefox has no WebGL2: the atlas shows its SVG map, and a visitor's journey works there too. */
describeEngine('firefox-headless', (engine) => {
  visitorJourney(engine, 'svg');
});
