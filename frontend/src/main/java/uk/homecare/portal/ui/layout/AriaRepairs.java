package uk.homecare.portal.ui.layout;

import com.vaadin.flow.component.UI;

/**
 * Repairs the two places where Vaadin's own markup breaks the ARIA rules axe checks (WCAG 4.1.2), on every
 * page of the layout, including dialogs opened later (watched with a MutationObserver):
 * <ul>
 *   <li>a required Select puts {@code aria-required} on its value button, whose role {@code button} may not
 *       carry it; the value button is given the role {@code combobox} (the WAI-ARIA "select-only combobox"
 *       pattern, which is what it behaves as: {@code aria-haspopup="listbox"}, {@code aria-expanded}), where
 *       {@code aria-required} is allowed and still announced;</li>
 *   <li>a required custom field or checkbox group puts {@code aria-required} on its {@code role="group"},
 *       where ARIA does not allow it; it is removed there, and the group's label says the field is needed
 *       in its visible required mark, and the error message beside it says so when it is left empty.</li>
 * </ul>
 * And it lets Enter open a grid's row as Space does (the grid selects the row its focused cell is in; the
 * views open what is selected), which is what people expect of a list of links.
 */
final class AriaRepairs {

    private static final String SCRIPT = """
            const repair = root => {
              root.querySelectorAll('vaadin-select-value-button[role=button]')
                  .forEach(button => button.setAttribute('role', 'combobox'));
              root.querySelectorAll('[role=group][aria-required]')
                  .forEach(group => group.removeAttribute('aria-required'));
            };
            if (!window.portalEnterOpensRows) {
              window.portalEnterOpensRows = true;
              document.addEventListener('keydown', event => {
                if (event.key !== 'Enter') return;
                const path = event.composedPath();
                const cell = path[0];
                const grid = path.find(node => node.localName === 'vaadin-grid');
                const row = path.find(node => node.localName === 'tr' && node._item);
                if (grid && row && cell && cell.localName === 'td' && grid.activeItem !== row._item) {
                  grid.activeItem = row._item;
                }
              });
            }
            if (!window.portalAriaRepairs) {
              window.portalAriaRepairs = new MutationObserver(() => repair(document.body));
              window.portalAriaRepairs.observe(document.body, {subtree: true, childList: true,
                  attributes: true, attributeFilter: ['role', 'aria-required']});
            }
            repair(document.body);
            """;

    private AriaRepairs() {
    }

    static void install(UI ui) {
        ui.getPage().executeJs(SCRIPT);
    }
}
