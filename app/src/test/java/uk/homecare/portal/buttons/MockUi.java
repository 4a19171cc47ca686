package uk.homecare.portal.buttons;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LoginFormKt._login;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.ui.server.BeanInstantiator;

/**
 * The real UI without a browser: Karibu's mock Vaadin whose views are the application context's own
 * beans, so every view calls the real API over HTTP with the signed-in person's token.
 */
final class MockUi implements AutoCloseable {

    static final String VIEWS = "uk.homecare.portal.ui";
    private static Routes routes;

    MockUi(ApplicationContext context) {
        MockVaadin.setup(UI::new, new Servlet(routes(), context));
    }

    static synchronized Routes routes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews(VIEWS);
        }
        return routes;
    }

    void signInAs(String username) {
        UI.getCurrent().navigate("login");
        _login(_get(LoginForm.class), username, Api.DEMO_PASSWORD);
    }

    void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    @Override
    public void close() {
        MockVaadin.tearDown();
    }

    private static final class Servlet extends MockVaadinServlet {

        private final transient ApplicationContext beans;

        Servlet(Routes routes, ApplicationContext beans) {
            super(routes, UI::new);
            this.beans = beans;
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
            var service = new MockService(this, configuration, getUiFactory()) {
                @Override
                protected Instantiator createInstantiator() {
                    return new BeanInstantiator(this, beans);
                }
            };
            service.init();
            getRoutes().register(service.getContext());
            return service;
        }
    }
}
