package uk.homecare.portal.ui.testing;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.server.BeanInstantiator;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LoginFormKt._login;

/**
 * A browserless UI for tests: Karibu's mock Vaadin with views instantiated from a Micronaut context
 * (the real beans, with fake API clients) and the real access gate.
 */
public final class KaribuUi implements AutoCloseable {

    public static final String ENVIRONMENT = "karibu";
    public static final String PACKAGE = "uk.homecare.portal.ui";
    private static Routes routes;

    private final ApplicationContext context;

    public KaribuUi() {
        context = ApplicationContext.builder()
                .environments(ENVIRONMENT, "test")
                .properties(Map.of("ui.enabled", "false"))
                .start();
        identity().reset();
        reference().reset();
        brokerage().reset();
        hoursBank().reset();
        capacity().reset();
        chc().reset();
        people().reset();
        organisations().reset();
        council().reset();
        consents().reset();
        accounts().reset();
        links().reset();
        messaging().reset();
        MockVaadin.setup(UI::new, new Servlet(routes(), context));
    }

    public static synchronized Routes routes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews(PACKAGE);
        }
        return routes;
    }

    public ApplicationContext context() {
        return context;
    }

    /** The test's clock, which the views and the fakes take "now" from: noon in the UK on the test day until moved. */
    public MovableClock clock() {
        return context.getBean(MovableClock.class);
    }

    public FakeIdentityClient identity() {
        return context.getBean(FakeIdentityClient.class);
    }

    public FakeReferenceClient reference() {
        return context.getBean(FakeReferenceClient.class);
    }

    public FakeBrokerageClient brokerage() {
        return context.getBean(FakeBrokerageClient.class);
    }

    public FakeHoursBankClient hoursBank() {
        return context.getBean(FakeHoursBankClient.class);
    }

    public FakeCapacityClient capacity() {
        return context.getBean(FakeCapacityClient.class);
    }

    public FakeChcClient chc() {
        return context.getBean(FakeChcClient.class);
    }

    public FakeOrganisationClient organisations() {
        return context.getBean(FakeOrganisationClient.class);
    }

    public FakePeopleClient people() {
        return context.getBean(FakePeopleClient.class);
    }

    public FakeCouncilClient council() {
        return context.getBean(FakeCouncilClient.class);
    }

    public FakeConsentClient consents() {
        return context.getBean(FakeConsentClient.class);
    }

    public FakeAccountClient accounts() {
        return context.getBean(FakeAccountClient.class);
    }

    public FakeMessagingClient messaging() {
        return context.getBean(FakeMessagingClient.class);
    }

    public FakeVisitClient visits() {
        return context.getBean(FakeVisitClient.class);
    }

    public FakeLinkClient links() {
        return context.getBean(FakeLinkClient.class);
    }

    /** Every text, property and attribute rendered under {@code element}. */
    public static List<String> texts(Element element) {
        List<String> texts = new ArrayList<>();
        texts.add(element.getText());
        element.getPropertyNames().forEach(name -> texts.add(String.valueOf(element.getPropertyRaw(name))));
        element.getAttributeNames().forEach(name -> texts.add(element.getAttribute(name)));
        element.getChildren().forEach(child -> texts.addAll(texts(child)));
        return texts;
    }

    public void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /** Signs in through the login view, as a person would. */
    public void signInAs(String username) {
        navigate("login");
        _login(_get(LoginForm.class), username, FakeIdentityClient.PASSWORD);
    }

    @Override
    public void close() {
        MockVaadin.tearDown();
        context.close();
    }

    private static final class Servlet extends MockVaadinServlet {

        private final transient ApplicationContext beans;

        Servlet(Routes routes, ApplicationContext beans) {
            super(routes, UI::new);
            this.beans = beans;
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration)
                throws ServiceException {
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
