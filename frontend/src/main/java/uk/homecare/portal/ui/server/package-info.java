/**
 * The glue that serves the UI from the Micronaut application context: an embedded Jetty started on
 * {@code StartupEvent}, Vaadin initialised with the views, layouts and app shell that are Micronaut
 * beans (no classpath scan), and an instantiator that takes beans from the bean context so views get
 * constructor injection. Runs in production mode from the precompiled {@code vaadin-prod-bundle},
 * without Node.
 */
@NullMarked
package uk.homecare.portal.ui.server;

import org.jspecify.annotations.NullMarked;
