package uk.homecare.portal.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.Flex;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.LineHeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.Whitespace;
import io.micronaut.context.annotation.Prototype;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.ui.security.AccessRules;
import uk.homecare.portal.ui.client.IdentityClient;
import uk.homecare.portal.ui.i18n.Messages;
import uk.homecare.portal.ui.security.CurrentUser;
import uk.homecare.portal.ui.security.LanguageSwitch;
import uk.homecare.portal.ui.security.SignedInUser;

/** The application frame: who is signed in, a logout button, and the navigation their role allows. */
@Prototype
public class MainLayout extends AppLayout {

    private final transient CurrentUser currentUser;

    MainLayout(CurrentUser currentUser, List<NavigationContributor> contributors, Messages messages, IdentityClient identity) {
        this.currentUser = currentUser;
        Optional<SignedInUser> user = currentUser.get();
        Optional<Role> role = user.map(SignedInUser::role);

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        var title = new Span(getTranslation("app.name"));
        title.setId("app-title");
        title.addClassNames(FontWeight.SEMIBOLD, LineHeight.XSMALL);
        // One line high on a phone too: small gaps, the title may wrap, and what does not fit moves to the drawer.
        var header = new HorizontalLayout(toggle, title);
        header.setAlignItems(Alignment.CENTER);
        header.setWidthFull();
        header.setPadding(false);
        header.setSpacing(false);
        header.addClassNames(Gap.SMALL, Padding.Horizontal.SMALL);
        var drawer = new VerticalLayout();
        drawer.setPadding(false);
        drawer.setSpacing(false);
        user.ifPresent(signedIn -> {
            // On a wide screen the name stands in the header; on a phone at the top of the menu.
            var who = new Span(describe(signedIn.me()));
            who.setId("current-user");
            who.addClassNames(Display.HIDDEN, Display.Breakpoint.Small.FLEX);
            var whoInMenu = new Span(describe(signedIn.me()));
            whoInMenu.setId("current-user-menu");
            whoInMenu.addClassNames(Display.Breakpoint.Small.HIDDEN, Padding.MEDIUM);
            drawer.add(whoInMenu);
            var icon = VaadinIcon.SIGN_OUT.create();
            icon.addClassNames(Display.HIDDEN, Display.Breakpoint.Small.FLEX);
            var logout = new Button(getTranslation("layout.logout"), icon, click -> logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.addClassNames(Whitespace.NOWRAP, Flex.SHRINK_NONE);
            var language = LanguageSwitch.button(messages, identity, user);
            language.addClassNames(Whitespace.NOWRAP, Flex.SHRINK_NONE);
            header.add(who, language, logout);
            header.setFlexGrow(1, title);
        });
        addAttachListener(attach -> {
            LanguageSwitch.markPage(attach.getUI());
            AriaRepairs.install(attach.getUI());
        });
        addToNavbar(new SkipLink(getTranslation("layout.skip")), header);

        var nav = new SideNav();
        nav.setId("main-nav");
        nav.setLabel(getTranslation("layout.navigation"));
        if (role.isPresent()) {
            Stream.concat(
                            Stream.of(new NavigationEntry("nav.home", HomeView.class, VaadinIcon.HOME, 0)),
                            contributors.stream().flatMap(c -> c.entries().stream()))
                    .filter(entry -> AccessRules.allows(entry.view(), role))
                    .filter(entry -> entry.needs() == null || currentUser.may(entry.needs()))
                    .sorted(Comparator.comparingInt(NavigationEntry::order).thenComparing(NavigationEntry::labelKey))
                    .forEach(entry -> nav.addItem(item(entry)));
        }
        var statement = new RouterLink(getTranslation("layout.accessibility"), AccessibilityStatementView.class);
        statement.setId("accessibility-link");
        statement.addClassNames(Padding.MEDIUM);
        drawer.add(nav, statement);
        addToDrawer(drawer);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content instanceof Component view) {
            EmptyGrids.explain(view, getTranslation("layout.empty"));
        }
    }

    private String describe(Me me) {
        String role = getTranslation("role." + me.role().name());
        return me.council() == null
                ? getTranslation("layout.user", me.displayName(), role)
                : getTranslation("layout.user.council", me.displayName(), role, me.council().nameIn(getLocale()));
    }

    private SideNavItem item(NavigationEntry entry) {
        String path = RouteConfiguration.forSessionScope().getUrl(entry.view());
        var item = new SideNavItem(getTranslation(entry.labelKey()), path, entry.icon().create());
        item.setId("nav-" + (path.isEmpty() ? "home" : path.replace('/', '-')));
        return item;
    }

    private void logout() {
        currentUser.signOut();
        UI.getCurrent().getPage().setLocation("login");
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
