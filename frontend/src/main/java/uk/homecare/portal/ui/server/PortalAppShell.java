package uk.homecare.portal.ui.server;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import jakarta.inject.Singleton;

/** The page every view is rendered in: stock Lumo and its utility classes (for layouts that fit a phone), nothing custom. */
@Singleton
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
public class PortalAppShell implements AppShellConfigurator {}
