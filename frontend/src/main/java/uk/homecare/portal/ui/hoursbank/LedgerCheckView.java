package uk.homecare.portal.ui.hoursbank;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.security.CurrentUser;
import uk.homecare.portal.ui.client.HoursBankClient;
import uk.homecare.portal.api.hoursbank.LedgerCheck;
import uk.homecare.portal.api.hoursbank.LedgerMismatch;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.grids.FoldingColumns;

/** The administrator rebuilds every lot's balance from the ledger and sees whether each matches what is kept. */
@Prototype
@RolesAllowed("ADMIN")
@Route(value = "hours-bank-check", layout = MainLayout.class)
public class LedgerCheckView extends VerticalLayout implements HasDynamicTitle {

    private final transient HoursBankClient client;
    private final transient ApiCaller api;
    private final Paragraph outcome = new Paragraph();
    private final Grid<LedgerMismatch> mismatches = new Grid<>();

    LedgerCheckView(HoursBankClient client, ApiCaller api, CurrentUser currentUser) {
        this.client = client;
        this.api = api;
        setId("ledger-check");
        var check = new Button(getTranslation("ledger.check"), click -> check());
        check.setId("ledger-check-run");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setVisible(currentUser.may(Capability.CHECK_LEDGER));
        ActionMark.mark(check, Capability.CHECK_LEDGER);
        outcome.setId("ledger-outcome");
        outcome.getElement().setAttribute("role", "status");
        mismatches.setId("ledger-mismatches");
        FoldingColumns.of(mismatches).addColumn(m -> m.lotId().toString()).setHeader(getTranslation("ledger.lot")).setAutoWidth(true);
        FoldingColumns.of(mismatches).addColumn(m -> m.personId().toString()).setHeader(getTranslation("ledger.person")).setAutoWidth(true);
        FoldingColumns.of(mismatches).addColumn(m -> Words.length(this, m.ledgerMinutes())).setHeader(getTranslation("ledger.ledgerMinutes"));
        FoldingColumns.of(mismatches).addColumn(m -> Words.length(this, m.keptMinutes())).setHeader(getTranslation("ledger.keptMinutes"));
        mismatches.getElement().setAttribute("aria-label", getTranslation("ledger.mismatches.title"));
        mismatches.setVisible(false);
        add(new H2(getTranslation("ledger.title")), new Paragraph(getTranslation("ledger.help")), check, outcome, mismatches);
    }

    private void check() {
        api.fetch(client::checkHoursLedger).ifPresent(this::show);
    }

    private void show(LedgerCheck result) {
        int wrong = result.mismatches() == null ? 0 : result.mismatches().size();
        outcome.setText(wrong == 0
                ? getTranslation("ledger.allMatch", result.lotsChecked())
                : getTranslation("ledger.mismatches", wrong, result.lotsChecked()));
        mismatches.setVisible(wrong > 0);
        mismatches.setItems(wrong == 0 ? List.of() : result.mismatches());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.title");
    }
}
