package uk.homecare.portal.ui.compliance;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.rows;
import static uk.homecare.portal.ui.testing.Screen.shown;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.compliance.ComplianceDocument;
import uk.homecare.portal.api.compliance.ComplianceDocumentStatus;
import uk.homecare.portal.api.compliance.ComplianceDocumentType;
import uk.homecare.portal.api.compliance.ComplianceRejection;
import uk.homecare.portal.api.compliance.MonitoringVisitForm;
import uk.homecare.portal.api.compliance.MonitoringActionStatus;
import uk.homecare.portal.api.reference.Provider;
import uk.homecare.portal.ui.testing.FakeComplianceClient;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;

/** A provider uploads documents and marks actions done; a commissioner verifies, rejects and records a monitoring visit. */
class ComplianceViewTest {

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private KaribuUi ui;
    private FakeComplianceClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        api = ui.context().getBean(FakeComplianceClient.class);
        api.reset();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private ComplianceView providerPage() {
        return _get(ComplianceView.class);
    }

    @Test
    void aProviderUploadsADocumentWithItsTypeAndExpiryAndSeesItWaiting() {
        ui.signInAs("pete");
        ui.navigate("compliance");
        assertThat(byId(com.vaadin.flow.component.html.Paragraph.class, "compliance-gaps").getText()).contains("Public liability insurance");
        LocalDate expires = ui.clock().today().plusDays(200);
        _setValue(byId(Select.class, "compliance-type"), ComplianceDocumentType.PUBLIC_LIABILITY_INSURANCE);
        _setValue(byId(DatePicker.class, "compliance-expires"), expires);
        providerPage().choose("insurance.pdf", "application/pdf", PDF);

        click("compliance-send");

        assertThat(api.lastContentType).isEqualTo("application/pdf");
        assertThat(api.documents).containsKey(ComplianceDocumentType.PUBLIC_LIABILITY_INSURANCE);
        assertThat(rows(grid("compliance-documents"))).contains("Public liability insurance").contains("Waiting for a council");
        Screen.assertTranslatedAndLabelled();
    }

    @Test
    void aFilePretendingToBeAPdfIsRefusedWithTheErrorNextToTheFile() {
        ui.signInAs("pete");
        ui.navigate("compliance");
        _setValue(byId(Select.class, "compliance-type"), ComplianceDocumentType.DBS_POLICY);
        providerPage().choose("policy.pdf", "application/pdf", "<html></html>".getBytes(StandardCharsets.US_ASCII));

        click("compliance-send");

        assertThat(shown("compliance-file-error")).isTrue();
        assertThat(byId(Span.class, "compliance-file-error").getText()).contains("not a real PDF");
        assertThat(api.documents).isEmpty();
    }

    @Test
    void sendingWithoutATypeOrFileSaysSoNextToEach() {
        ui.signInAs("pete");
        ui.navigate("compliance");

        click("compliance-send");

        assertThat(byId(Select.class, "compliance-type").isInvalid()).isTrue();
        assertThat(shown("compliance-file-error")).isTrue();
        assertThat(api.lastForm).isNull();
    }

    @Test
    void aProviderMarksAnOpenActionDoneWithANote() {
        var visit = api.visit(ui.clock().today().minusDays(3), "Obtain references");
        ui.signInAs("pete");
        ui.navigate("compliance");
        Grid<ComplianceView.VisitAction> actions = grid("compliance-actions");
        assertThat(shown("compliance-action-done")).isFalse();
        actions.asSingleSelect().setValue(actions.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(byId(TextField.class, "compliance-action-note"), "References obtained");

        click("compliance-action-done");

        assertThat(api.visits.getFirst().actions().getFirst().status()).isEqualTo(MonitoringActionStatus.DONE);
        assertThat(api.visits.getFirst().id()).isEqualTo(visit.id());
        assertThat(rows(grid("compliance-actions"))).contains("References obtained");
    }

    @Test
    void aCommissionerVerifiesOneDocumentAndRejectsAnotherSayingWhy() {
        api.commissioner = true;
        ComplianceDocument insurance = api.waiting(ComplianceDocumentType.PUBLIC_LIABILITY_INSURANCE, ui.clock().today().plusDays(100));
        ComplianceDocument policy = api.waiting(ComplianceDocumentType.DBS_POLICY, null);
        ui.signInAs("cora");
        ui.navigate("provider-compliance");
        Select<Provider> provider = byId(Select.class, "compliance-provider");
        _setValue(provider, provider.getListDataView().getItems().findFirst().orElseThrow());
        Grid<ComplianceDocument> documents = grid("compliance-documents");

        documents.asSingleSelect().setValue(documents.getListDataView().getItems().filter(d -> d.id().equals(insurance.id())).findFirst().orElseThrow());
        click("compliance-verify");
        documents.asSingleSelect().setValue(documents.getListDataView().getItems().filter(d -> d.id().equals(policy.id())).findFirst().orElseThrow());
        _setValue(byId(TextField.class, "compliance-reject-reason"), "Out of date");
        click("compliance-reject");

        assertThat(api.documents.get(ComplianceDocumentType.PUBLIC_LIABILITY_INSURANCE).status()).isEqualTo(ComplianceDocumentStatus.VERIFIED);
        assertThat(api.documents.get(ComplianceDocumentType.DBS_POLICY).status()).isEqualTo(ComplianceDocumentStatus.REJECTED);
        assertThat(api.lastForm).isEqualTo(new ComplianceRejection("Out of date"));
        Screen.assertTranslatedAndLabelled();
    }

    @Test
    void aCommissionerRecordsAMonitoringVisitWithAnAction() {
        ui.signInAs("cora");
        ui.navigate("provider-compliance");
        Select<Provider> provider = byId(Select.class, "compliance-provider");
        _setValue(provider, provider.getListDataView().getItems().findFirst().orElseThrow());
        LocalDate day = ui.clock().today().minusDays(2);
        _setValue(byId(DatePicker.class, "compliance-visit-date"), day);
        _setValue(byId(TextArea.class, "compliance-visit-findings"), "Two staff files lacked references");
        _setValue(byId(TextField.class, "compliance-action-description"), "Obtain references");
        _setValue(byId(DatePicker.class, "compliance-action-due"), day.plusDays(14));
        click("compliance-action-add");

        click("compliance-visit-record");

        assertThat(api.lastForm).isInstanceOfSatisfying(MonitoringVisitForm.class, form -> {
            assertThat(form.visitedOn()).isEqualTo(day);
            assertThat(form.actions()).singleElement().satisfies(a -> assertThat(a.description()).isEqualTo("Obtain references"));
        });
        assertThat(rows(grid("compliance-visits"))).contains("Two staff files lacked references");
    }
}
