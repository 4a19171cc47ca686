package uk.homecare.portal.ui.server;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the UI on an embedded Jetty beside the API, started and stopped with the application
 * context. {@code ui.port} chooses the port (0 picks a free one, see {@link #port()}); set
 * {@code ui.enabled=false} to run without the UI.
 */
@Singleton
@Requires(property = "ui.enabled", notEquals = "false")
public class UiServer {

    private static final Logger LOG = LoggerFactory.getLogger(UiServer.class);

    private final BeanContext beans;
    private final int configuredPort;
    private final String host;
    private Server server;
    private ServerConnector connector;

    UiServer(BeanContext beans, @Value("${ui.port:8081}") int port, @Value("${ui.host:}") String host) {
        this.beans = beans;
        this.configuredPort = port;
        this.host = host;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        start();
    }

    @EventListener
    void onShutdown(ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        Server jetty = new Server();
        connector = new ServerConnector(jetty, new HttpConnectionFactory(httpConfiguration()));
        connector.setPort(configuredPort);
        if (!host.isBlank()) {
            connector.setHost(host);
        }
        jetty.addConnector(connector);
        jetty.setHandler(context(jetty));
        try {
            jetty.start();
        } catch (Exception e) {
            throw new IllegalStateException("The UI server did not start on port " + configuredPort, e);
        }
        server = jetty;
        LOG.info("Homecare Portal UI at {}", url());
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("The UI server did not stop cleanly", e);
        } finally {
            server = null;
        }
    }

    /** The port the UI listens on, once started. */
    public int port() {
        return connector == null ? -1 : connector.getLocalPort();
    }

    public String url() {
        return "http://" + (host.isBlank() ? "localhost" : host) + ":" + port() + "/";
    }

    /** No version in a Server header; behind a TLS proxy, the request is secure as the proxy says (X-Forwarded-Proto). */
    private static HttpConfiguration httpConfiguration() {
        var configuration = new HttpConfiguration();
        configuration.setSendServerVersion(false);
        configuration.setSendXPoweredBy(false);
        configuration.addCustomizer(new ForwardedRequestCustomizer());
        return configuration;
    }

    private ServletContextHandler context(Server jetty) {
        var context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        // The session cookie: never readable by scripts, sent only on https requests when the UI is served over
        // https, and not on requests other sites start.
        var sessions = context.getSessionHandler();
        sessions.setHttpOnly(true);
        sessions.setSecureRequestOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
        context.insertHandler(new SecurityHeadersHandler());
        context.setContextPath("/");
        context.setClassLoader(UiServer.class.getClassLoader());
        context.setBaseResource(staticResources(ResourceFactory.of(jetty)));
        context.addServletContainerInitializer(new VaadinInitializers(beans));
        JakartaWebSocketServletContainerInitializer.configure(context, null);
        var vaadin = new ServletHolder("vaadin", new PortalServlet(beans));
        vaadin.setInitParameter("productionMode", "true");
        vaadin.setAsyncSupported(true);
        context.addServlet(vaadin, "/*");
        return context;
    }

    /** Every {@code META-INF/resources} folder on the classpath, so Lumo's stylesheets are served. */
    private static Resource staticResources(ResourceFactory factory) {
        List<Resource> folders = new ArrayList<>();
        try {
            for (URL url : Collections.list(UiServer.class.getClassLoader().getResources("META-INF/resources"))) {
                folders.add(factory.newResource(url));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list META-INF/resources on the classpath", e);
        }
        return ResourceFactory.combine(folders);
    }
}
