package uk.homecare.portal.ui.server;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.BeanContext;
import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.propagation.PropagatedContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URL;
import java.util.Map;
import uk.homecare.portal.api.RequestId;

/**
 * The Vaadin servlet whose service instantiates views and layouts through the bean context, and which serves each
 * request under an id (the proxy's {@code X-Request-ID} if it sent a plain one) that its log lines and the API calls
 * it makes carry.
 */
final class PortalServlet extends VaadinServlet {

    private final transient BeanContext beans;

    PortalServlet(BeanContext beans) {
        this.beans = beans;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String id = RequestId.orNew(request.getHeader(RequestId.HEADER));
        try (PropagatedContext.Scope ignored = PropagatedContext.getOrEmpty()
                .plus(new MdcPropagationContext(Map.of(RequestId.LOG_KEY, id))).propagate()) {
            super.service(request, response);
        }
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        var service = new VaadinServletService(this, configuration) {
            @Override
            protected Instantiator createInstantiator() {
                return new BeanInstantiator(this, beans);
            }

            // Flow 25.0.6 checks with Path.of(url.toURI()), which fails for jar URLs on Jetty 12.1.9+
            // (vaadin/flow#24283): probe the URL by opening it instead.
            @Override
            public URL getStaticResource(String path) {
                try {
                    URL url = getServlet().getServletContext().getResource(path);
                    if (url == null) {
                        return null;
                    }
                    url.openStream().close();
                    return url;
                } catch (IOException e) {
                    return null;
                }
            }
        };
        service.init();
        return service;
    }
}
