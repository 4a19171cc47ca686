package uk.homecare.portal.ui.layout;

import com.vaadin.flow.component.html.Anchor;

/**
 * "Skip to main content": the first thing Tab reaches on every page of the layout, hidden until it has
 * the focus (GOV.UK's skip link); following it moves the focus to the view itself, past the header and the
 * navigation.
 */
final class SkipLink extends Anchor {

    private static final String SCRIPT = """
            if (!document.getElementById('portal-skip-link-style')) {
              const style = document.createElement('style');
              style.id = 'portal-skip-link-style';
              style.textContent = '#skip-link{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}'
                + '#skip-link:focus{left:8px;top:8px;width:auto;height:auto;z-index:1000;padding:8px 12px;'
                + 'background:#ffdd00;color:#0b0c0c;outline:3px solid #0b0c0c;text-decoration:underline}';
              document.head.appendChild(style);
            }
            this.addEventListener('click', event => {
              event.preventDefault();
              const main = document.querySelector('vaadin-app-layout > :not([slot])');
              if (main) {
                main.setAttribute('tabindex', '-1');
                main.focus();
              }
            });
            """;

    SkipLink(String text) {
        super("#main-content", text);
        setId("skip-link");
        getElement().setAttribute("router-ignore", true);
        getElement().executeJs(SCRIPT);
    }
}
