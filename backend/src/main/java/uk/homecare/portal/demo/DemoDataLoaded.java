package uk.homecare.portal.demo;

/** Published once the demo councils, providers and people are in a new database, for the demo's activity to follow. */
record DemoDataLoaded() {}
