package uk.homecare.portal.compliance;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import uk.homecare.portal.api.compliance.ComplianceDocument;
import uk.homecare.portal.api.compliance.ComplianceDocumentType;
import uk.homecare.portal.api.compliance.ProviderCompliance;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;

/**
 * What compliance tests share: a new provider per test (working with Coventry, and with Bradford when asked), with one
 * member of staff who signs in with the demo password; Coventry's and Bradford's commissioners; files of each kind.
 */
abstract class ComplianceTest extends PortalTest {

    static final String COMMISSIONER = "commissioner@coventry.demo";
    static final String OTHER_COMMISSIONER = "commissioner@bradford.demo";
    static final String OTHER_PROVIDER = "provider@bradford.demo";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PRETEND_PDF = "<html><script>alert('pdf')</script></html>".getBytes(StandardCharsets.US_ASCII);
    private static final AtomicInteger NUMBER = new AtomicInteger();

    /** A provider of the test's own and its member of staff. */
    record Provider(UUID id, String staff) {}

    Provider newProvider(String... councils) {
        int n = NUMBER.incrementAndGet();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID id = id("""
                insert into organisation (kind, name, regulator, regulator_provider_id) values ('PROVIDER', ?, 'CQC', ?) returning id""",
                "Compliance Care " + n + " Ltd", "1-77" + suffix);
        for (String council : councils.length == 0 ? new String[] {"coventry"} : councils) {
            execute("insert into organisation_council (organisation_id, council_id) select ?, id from council where code = ?", id, council);
        }
        String staff = "compliance" + n + "-" + suffix + "@provider.test";
        execute("""
                insert into app_user (username, display_name, password_hash, role, organisation_id, email)
                select ?, 'Compliance Staff', password_hash, 'PROVIDER', ?, ? from app_user where username = 'provider@coventry.demo'""",
                staff, id, staff);
        return new Provider(id, staff);
    }

    MutableHttpRequest<byte[]> upload(String user, ComplianceDocumentType type, LocalDate expiresOn, String mediaType, byte[] file) {
        String query = "?type=" + type + (expiresOn == null ? "" : "&expiresOn=" + expiresOn) + "&fileName=certificate";
        return api().as(user, POST("/api/compliance-documents" + query, file).contentType(MediaType.of(mediaType)));
    }

    ComplianceDocument uploaded(Provider provider, ComplianceDocumentType type, LocalDate expiresOn) {
        HttpResponse<ComplianceDocument> response = api().exchange(upload(provider.staff(), type, expiresOn, "application/pdf", PDF),
                ComplianceDocument.class);
        return response.body();
    }

    ProviderCompliance compliance(String user, UUID provider) {
        return api().retrieve(api().as(user, GET("/api/providers/" + provider + "/compliance")), ProviderCompliance.class);
    }

    ProviderCompliance complianceOn(String user, UUID provider, LocalDate day) {
        return api().retrieve(api().as(user, GET("/api/providers/" + provider + "/compliance?on=" + day)), ProviderCompliance.class);
    }

    MutableHttpRequest<?> download(String user, UUID document) {
        return api().as(user, GET("/api/compliance-documents/" + document + "/file"));
    }

    int status(MutableHttpRequest<?> request) {
        try {
            return api().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    Problem refusal(MutableHttpRequest<?> request) {
        return Api.problemOf(api().refusal(request));
    }

    static List<String> fields(Problem problem) {
        return problem.errors().stream().map(Problem.FieldError::field).toList();
    }
}
