package uk.homecare.portal.ui.server;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import jakarta.inject.Singleton;

/** The page every view is rendered in: stock Lumo, nothing custom. */
@Singleton
@StyleSheet(Lumo.STYLESHEET)
public class PortalAppShell implements AppShellConfigurator {}
