import { describeEngine, embedJourney, plannerJourney, presenterJourney, visitorJourney } from './journeys';

describeEngine('webkit', (engine) => {
  visitorJourney(engine);
  plannerJourney(engine);
  presenterJourney(engine);
  embedJourney(engine);
});
