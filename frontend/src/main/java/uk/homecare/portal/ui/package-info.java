/**
 * The Vaadin Flow user interface of the portal. Views call the REST API through the declarative
 * clients in {@code uk.homecare.portal.ui.client}, with the signed-in person's token; no view touches a
 * repository, so every rule and access check lives behind the API.
 */
@NullMarked
package uk.homecare.portal.ui;

import org.jspecify.annotations.NullMarked;
