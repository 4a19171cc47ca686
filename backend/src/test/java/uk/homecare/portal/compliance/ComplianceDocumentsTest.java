package uk.homecare.portal.compliance;

import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.compliance.ComplianceDocument;
import uk.homecare.portal.api.compliance.ComplianceDocumentAction;
import uk.homecare.portal.api.compliance.ComplianceDocumentStatus;
import uk.homecare.portal.api.compliance.ComplianceDocumentType;
import uk.homecare.portal.api.compliance.ComplianceGap;
import uk.homecare.portal.api.compliance.ComplianceGapReason;
import uk.homecare.portal.api.compliance.ComplianceOperations;
import uk.homecare.portal.api.compliance.ComplianceRejection;
import uk.homecare.portal.api.compliance.ProviderCompliance;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Race;

@MicronautTest(transactional = false)
class ComplianceDocumentsTest extends ComplianceTest {

    @Inject
    CompliancePolicy policy;

    @Inject
    uk.homecare.portal.platform.AcrossCouncils acrossCouncils;

    @Test
    void a_provider_uploads_a_pdf_and_it_waits_for_a_council_with_its_expiry() {
        Provider provider = newProvider();
        LocalDate expires = clock.today().plusDays(200);

        HttpResponse<ComplianceDocument> response = api().exchange(
                upload(provider.staff(), ComplianceDocumentType.PUBLIC_LIABILITY_INSURANCE, expires, "application/pdf", PDF),
                ComplianceDocument.class);

        assertThat(response.code()).isEqualTo(201);
        ComplianceDocument document = response.body();
        assertThat(document.status()).isEqualTo(ComplianceDocumentStatus.SUBMITTED);
        assertThat(document.expiresOn()).isEqualTo(expires);
        assertThat(document.expired()).isFalse();
        assertThat(document.current()).isTrue();
        assertThat(document.fileName()).isEqualTo("certificate.pdf");
        assertThat(document.mediaType()).isEqualTo("application/pdf");
        assertThat(document.sizeBytes()).isEqualTo(PDF.length);
        assertThat(document.actions()).containsExactly(ComplianceDocumentAction.DOWNLOAD);
        assertThat(compliance(COMMISSIONER, provider.id()).documents()).singleElement()
                .satisfies(seen -> assertThat(seen.actions()).containsExactly(ComplianceDocumentAction.DOWNLOAD,
                        ComplianceDocumentAction.VERIFY, ComplianceDocumentAction.REJECT));
        assertThat(number("select count(*) from audit_event where action = 'COMPLIANCE_DOCUMENT_UPLOADED' and entity_id = ?",
                document.id())).isOne();
    }

    @Test
    void a_png_is_accepted_too_and_keeps_its_own_type() {
        Provider provider = newProvider();

        ComplianceDocument document = api().exchange(upload(provider.staff(), ComplianceDocumentType.TRAINING_MATRIX, null, "image/png", PNG),
                ComplianceDocument.class).body();

        assertThat(document.mediaType()).isEqualTo("image/png");
        assertThat(document.fileName()).isEqualTo("certificate.png");
        assertThat(document.expiresOn()).as("a training matrix needs no expiry").isNull();
    }

    @Test
    void a_file_pretending_to_be_a_pdf_is_refused_naming_the_file_and_nothing_is_stored() {
        Provider provider = newProvider();

        Problem problem = refusal(upload(provider.staff(), ComplianceDocumentType.DBS_POLICY, null, "application/pdf", PRETEND_PDF));
        Problem pngAsPdf = refusal(upload(provider.staff(), ComplianceDocumentType.DBS_POLICY, null, "application/pdf", PNG));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(fields(problem)).containsExactly("file");
        assertThat(problem.detail()).contains("not a real PDF");
        assertThat(pngAsPdf.status()).isEqualTo(422);
        assertThat(number("select count(*) from compliance_document where provider_id = ?", provider.id())).isZero();
    }

    @Test
    void a_file_of_another_type_is_refused_as_unsupported() {
        Provider provider = newProvider();

        int status = status(api().as(provider.staff(), POST("/api/compliance-documents?type=DBS_POLICY", PRETEND_PDF)
                .contentType(MediaType.TEXT_HTML_TYPE)));

        assertThat(status).isEqualTo(415);
        assertThat(number("select count(*) from compliance_document where provider_id = ?", provider.id())).isZero();
    }

    @Test
    void a_file_over_five_megabytes_is_refused_as_too_large() {
        Provider provider = newProvider();
        byte[] big = new byte[ComplianceOperations.MOST_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        Problem problem = refusal(upload(provider.staff(), ComplianceDocumentType.TRAINING_MATRIX, null, "application/pdf", big));

        assertThat(problem.status()).isEqualTo(413);
        assertThat(fields(problem)).containsExactly("file");
        assertThat(number("select count(*) from compliance_document where provider_id = ?", provider.id())).isZero();
    }

    @Test
    void insurance_needs_an_expiry_date_after_today() {
        Provider provider = newProvider();

        Problem missing = refusal(upload(provider.staff(), ComplianceDocumentType.EMPLOYERS_LIABILITY_INSURANCE, null, "application/pdf", PDF));
        Problem past = refusal(upload(provider.staff(), ComplianceDocumentType.EMPLOYERS_LIABILITY_INSURANCE, clock.today(),
                "application/pdf", PDF));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).containsExactly("expiresOn");
        assertThat(fields(past)).containsExactly("expiresOn");
        assertThat(number("select count(*) from compliance_document where provider_id = ?", provider.id())).isZero();
    }

    @Test
    void the_file_is_downloaded_as_an_attachment_by_the_provider_and_its_council_only() {
        Provider provider = newProvider();
        ComplianceDocument document = uploaded(provider, ComplianceDocumentType.PUBLIC_LIABILITY_INSURANCE, clock.today().plusDays(100));

        HttpResponse<byte[]> own = api().exchange(download(provider.staff(), document.id()), byte[].class);
        HttpResponse<byte[]> council = api().exchange(download(COMMISSIONER, document.id()), byte[].class);

        assertThat(own.body()).isEqualTo(PDF);
        assertThat(own.header("Content-Type")).startsWith("application/pdf");
        assertThat(own.header("Content-Disposition")).startsWith("attachment;").contains("filename=\"certificate.pdf\"");
        assertThat(own.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(council.body()).isEqualTo(PDF);
        assertThat(status(download(OTHER_COMMISSIONER, document.id()))).as("a council the provider does not work with").isEqualTo(404);
        assertThat(status(download(OTHER_PROVIDER, document.id()))).as("another provider").isEqualTo(404);
        assertThat(status(download("provider@coventry.demo", document.id()))).as("another provider of the same council").isEqualTo(404);
        assertThat(status(api().as(OTHER_COMMISSIONER, io.micronaut.http.HttpRequest.GET("/api/providers/" + provider.id() + "/compliance"))))
                .isEqualTo(404);
    }

    @Test
    void the_database_itself_hides_a_providers_documents_from_another_provider_and_council() throws Exception {
        Provider provider = newProvider();
        uploaded(provider, ComplianceDocumentType.PUBLIC_LIABILITY_INSURANCE, clock.today().plusDays(100));
        java.util.UUID otherProvider = id("select organisation_id from app_user where username = ?", OTHER_PROVIDER);
        java.util.UUID otherCouncilOrganisation = id("select organisation_id from app_user where username = ?", OTHER_COMMISSIONER);
        java.util.UUID councilOrganisation = id("select organisation_id from app_user where username = ?", COMMISSIONER);

        assertThat(seenAs(provider.id(), otherProvider, "bradford")).isZero();
        assertThat(seenAs(provider.id(), otherCouncilOrganisation, "bradford")).isZero();
        assertThat(seenAs(provider.id(), otherCouncilOrganisation, "coventry")).as("claiming another council than its own").isZero();
        assertThat(seenAs(provider.id(), provider.id(), "coventry")).isOne();
        assertThat(seenAs(provider.id(), councilOrganisation, "coventry")).isOne();
    }

    /** How many of the test's provider's documents a connection acting as the application for an organisation and council sees. */
    private int seenAs(java.util.UUID provider, java.util.UUID organisation, String councilCode) throws Exception {
        try (var db = connectDirectly()) {
            db.setAutoCommit(false);
            try (var statement = db.prepareStatement("""
                    select set_config('portal.councils', (select id::text from council where code = ?), true),
                           set_config('portal.organisation', ?, true)""")) {
                statement.setString(1, councilCode);
                statement.setString(2, organisation.toString());
                statement.execute();
            }
            db.createStatement().execute("set local role portal_app");
            try (var count = db.prepareStatement("select count(*) from compliance_document where provider_id = ?")) {
                count.setObject(1, provider);
                var rows = count.executeQuery();
                rows.next();
                int seen = rows.getInt(1);
                db.rollback();
                return seen;
            }
        }
    }

    @Test
    void a_new_upload_of_the_same_type_supersedes_the_one_before_which_is_kept_as_history() {
        Provider provider = newProvider();
        ComplianceDocument first = uploaded(provider, ComplianceDocumentType.PUBLIC_LIABILITY_INSURANCE, clock.today().plusDays(20));

        ComplianceDocument second = uploaded(provider, ComplianceDocumentType.PUBLIC_LIABILITY_INSURANCE, clock.today().plusDays(385));

        ProviderCompliance seen = compliance(provider.staff(), provider.id());
        assertThat(seen.documents()).extracting(ComplianceDocument::id).containsExactly(second.id());
        assertThat(seen.history()).singleElement().satisfies(old -> {
            assertThat(old.id()).isEqualTo(first.id());
            assertThat(old.current()).isFalse();
        });
        assertThat(status(api().as(COMMISSIONER, POST("/api/compliance-documents/" + first.id() + "/verification", "")))).isEqualTo(409);
    }

    @Test
    void uploads_of_one_type_racing_leave_exactly_one_current_document() throws Exception {
        Provider provider = newProvider();
        api().tokenFor(provider.staff());

        List<Integer> statuses = Race.of(3, i -> status(upload(provider.staff(), ComplianceDocumentType.DBS_POLICY, null, "application/pdf", PDF)));

        assertThat(statuses).containsOnly(201);
        assertThat(number("select count(*) from compliance_document where provider_id = ? and superseded_by is null", provider.id())).isOne();
        assertThat(number("select count(*) from compliance_document where provider_id = ?", provider.id())).isEqualTo(3);
    }

    @Test
    void a_commissioner_verifies_a_submitted_document_once_and_the_verification_is_shared_by_every_council() {
        Provider provider = newProvider("coventry", "bradford");
        ComplianceDocument document = uploaded(provider, ComplianceDocumentType.PUBLIC_LIABILITY_INSURANCE, clock.today().plusDays(100));

        ComplianceDocument verified = api().retrieve(api().as(COMMISSIONER,
                POST("/api/compliance-documents/" + document.id() + "/verification", "")), ComplianceDocument.class);

        assertThat(verified.status()).isEqualTo(ComplianceDocumentStatus.VERIFIED);
        assertThat(verified.decidedByCouncil()).isEqualTo("Coventry City Council");
        assertThat(verified.actions()).containsExactly(ComplianceDocumentAction.DOWNLOAD);
        assertThat(compliance(OTHER_COMMISSIONER, provider.id()).documents()).singleElement()
                .satisfies(seen -> assertThat(seen.status()).isEqualTo(ComplianceDocumentStatus.VERIFIED));
        assertThat(status(api().as(OTHER_COMMISSIONER, POST("/api/compliance-documents/" + document.id() + "/verification", ""))))
                .as("verified already").isEqualTo(409);
        assertThat(status(api().as(COMMISSIONER, POST("/api/compliance-documents/" + document.id() + "/rejection",
                new ComplianceRejection("Wrong company"))))).as("verified already").isEqualTo(409);
        assertThat(number("select count(*) from audit_event where action = 'COMPLIANCE_DOCUMENT_VERIFIED' and entity_id = ?",
                document.id())).isOne();
    }

    @Test
    void a_commissioner_rejects_a_document_saying_why_and_it_then_counts_as_a_gap() {
        Provider provider = newProvider();
        ComplianceDocument document = uploaded(provider, ComplianceDocumentType.PUBLIC_LIABILITY_INSURANCE, clock.today().plusDays(100));

        Problem blank = refusal(api().as(COMMISSIONER, POST("/api/compliance-documents/" + document.id() + "/rejection",
                Map.of("reason", " "))));
        ComplianceDocument rejected = api().retrieve(api().as(COMMISSIONER, POST("/api/compliance-documents/" + document.id() + "/rejection",
                new ComplianceRejection("The certificate names another company"))), ComplianceDocument.class);

        assertThat(fields(blank)).containsExactly("reason");
        assertThat(rejected.status()).isEqualTo(ComplianceDocumentStatus.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("The certificate names another company");
        assertThat(compliance(provider.staff(), provider.id()).gaps()).contains(
                new ComplianceGap(ComplianceDocumentType.PUBLIC_LIABILITY_INSURANCE, ComplianceGapReason.REJECTED, clock.today().plusDays(100)));
    }

    @Test
    void a_rejection_is_told_to_the_providers_staff_naming_the_document_and_the_council_but_not_the_reason() throws Exception {
        Provider provider = newProvider();
        ComplianceDocument document = uploaded(provider, ComplianceDocumentType.DBS_POLICY, null);

        api().retrieve(api().as(COMMISSIONER, POST("/api/compliance-documents/" + document.id() + "/rejection",
                new ComplianceRejection("Signed by someone who left in March"))), ComplianceDocument.class);

        try (var db = connectDirectly(); var statement = db.prepareStatement("""
                select n.kind, n.council_id, e.subject, e.body from notification n
                  join app_user u on u.id = n.user_id left join email_outbox e on e.notification_id = n.id
                 where u.organisation_id = ?""")) {
            statement.setObject(1, provider.id());
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("kind")).isEqualTo("COMPLIANCE_DECISION");
                assertThat(rows.getObject("council_id")).as("the deciding council's").isEqualTo(id("select id from council where code = 'coventry'"));
                assertThat(rows.getString("subject")).isEqualTo("Coventry City Council did not accept your DBS policy");
                assertThat(rows.getString("body")).contains("DBS policy").doesNotContain("March").doesNotContain("certificate");
                assertThat(rows.next()).as("one member of staff, told once").isFalse();
            }
        }
    }

    @Test
    void only_a_commissioner_of_a_council_the_provider_works_with_may_decide() {
        Provider provider = newProvider();
        ComplianceDocument document = uploaded(provider, ComplianceDocumentType.PUBLIC_LIABILITY_INSURANCE, clock.today().plusDays(100));

        assertThat(status(api().as(OTHER_COMMISSIONER, POST("/api/compliance-documents/" + document.id() + "/verification", ""))))
                .isEqualTo(404);
        assertThat(status(api().as(provider.staff(), POST("/api/compliance-documents/" + document.id() + "/verification", ""))))
                .isEqualTo(403);
        assertThat(number("select count(*) from compliance_document where id = ? and status = 'SUBMITTED'", document.id())).isOne();
    }

    @Test
    void a_verification_and_a_rejection_racing_end_with_one_decision() throws Exception {
        Provider provider = newProvider();
        ComplianceDocument document = uploaded(provider, ComplianceDocumentType.PUBLIC_LIABILITY_INSURANCE, clock.today().plusDays(100));
        api().tokenFor(COMMISSIONER);

        List<Integer> statuses = Race.of(2, i -> status(i == 0
                ? api().as(COMMISSIONER, POST("/api/compliance-documents/" + document.id() + "/verification", ""))
                : api().as(COMMISSIONER, POST("/api/compliance-documents/" + document.id() + "/rejection", new ComplianceRejection("No")))));

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(number("select count(*) from audit_event where entity_id = ? and action in "
                + "('COMPLIANCE_DOCUMENT_VERIFIED', 'COMPLIANCE_DOCUMENT_REJECTED')", document.id())).isOne();
    }

    @Test
    void the_named_policy_says_which_required_documents_are_missing_or_expired_on_a_day() {
        Provider provider = newProvider();
        LocalDate expires = clock.today().plusDays(10);
        uploaded(provider, ComplianceDocumentType.PUBLIC_LIABILITY_INSURANCE, expires);
        uploaded(provider, ComplianceDocumentType.EMPLOYERS_LIABILITY_INSURANCE, clock.today().plusDays(300));

        ProviderCompliance today = compliance(COMMISSIONER, provider.id());
        ProviderCompliance onExpiry = complianceOn(COMMISSIONER, provider.id(), expires);

        assertThat(today.gaps()).extracting(ComplianceGap::type).containsExactly(ComplianceDocumentType.DBS_POLICY,
                ComplianceDocumentType.TRAINING_MATRIX, ComplianceDocumentType.BUSINESS_CONTINUITY_PLAN,
                ComplianceDocumentType.DATA_SECURITY_TOOLKIT);
        assertThat(today.gaps()).extracting(ComplianceGap::reason).containsOnly(ComplianceGapReason.MISSING);
        assertThat(onExpiry.gaps()).first().isEqualTo(
                new ComplianceGap(ComplianceDocumentType.PUBLIC_LIABILITY_INSURANCE, ComplianceGapReason.EXPIRED, expires));
        assertThat(onExpiry.documents()).filteredOn(d -> d.type() == ComplianceDocumentType.PUBLIC_LIABILITY_INSURANCE)
                .singleElement().satisfies(d -> assertThat(d.expired()).isTrue());
        assertThat(acrossCouncils.run("test: the gate's question", () -> policy.insuranceLapsedOn(provider.id(), expires.minusDays(1))))
                .isFalse();
        assertThat(acrossCouncils.run("test: the gate's question", () -> policy.insuranceLapsedOn(provider.id(), expires))).isTrue();
    }
}
