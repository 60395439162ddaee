import { describeEngine, embedJourney, plannerJourney, presenterJourney, visitorJourney } from './journeys';

describeEngine('firefox', (engine) => {
  visitorJourney(engine);
  plannerJourney(engine);
  presenterJourney(engine);
  embedJourney(engine);
});
