/**
 * The Vaadin Flow user interface of the portal. Views call the REST API through the declarative
 * clients in {@code uk.homecare.portal.api}, with the signed-in person's token; no view touches a
 * repository, so every rule and access check lives behind the API.
 */
package uk.homecare.portal.ui;
