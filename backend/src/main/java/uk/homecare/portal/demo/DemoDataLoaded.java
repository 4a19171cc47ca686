package uk.homecare.portal.demo;

/** Published once the demo councils, providers and people are in a new database, for features to add their own demo records. */
public record DemoDataLoaded() {}
