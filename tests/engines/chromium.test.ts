import { describeEngine, embedJourney, plannerJourney, presenterJourney, visitorJourney } from './journeys';

describeEngine('chromium', (engine) => {
  visitorJourney(engine);
  plannerJourney(engine);
  presenterJourney(engine);
  embedJourney(engine);
});
