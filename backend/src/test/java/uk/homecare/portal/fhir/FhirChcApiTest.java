package uk.homecare.portal.fhir;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Timing;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.AcceptOffer;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.chc.ChcCancelForm;
import uk.homecare.portal.api.chc.ChcPackage;
import uk.homecare.portal.testing.PortalTest;
import uk.homecare.portal.testing.SpecViolations;

/** The FHIR R4 view of CHC placement, over real HTTP against the real CHC service and a fresh database. */
@MicronautTest(transactional = false)
class FhirChcApiTest extends PortalTest {

    static final String COMMISSIONER = "commissioner@coventry.demo";
    static final String SPON_END = "provider@coventry.demo";
    static final String NHS_NUMBER = "9434765919";

    @Inject
    FhirContext fhir;


    String partner() {
        return api().partnerToken();
    }

    UUID council(String code) {
        return id("select id from council where code = ?", code);
    }

    UUID centralZone() {
        return id("select z.id from zone z join council c on c.id = z.council_id where c.code = 'coventry' and z.code = 'CENTRAL'");
    }

    /** A complete CHC referral as an ICB's system would build it with HAPI's model. */
    ServiceRequest referral(String partnerRequestId, String nhsNumber) {
        Patient patient = new Patient();
        patient.setId(ServiceRequestReader.PATIENT_ID);
        patient.addIdentifier(new Identifier().setSystem(Fhir.NHS_NUMBER).setValue(nhsNumber));
        patient.addName().setFamily("Brandreth").addGiven("Olive");
        patient.setBirthDateElement(new DateType("1947-03-09"));
        patient.addAddress().addLine("18 Kenilworth Road").setPostalCode("CV5 6AB");

        ServiceRequest request = new ServiceRequest();
        request.addContained(patient);
        request.setSubject(new Reference("#" + ServiceRequestReader.PATIENT_ID));
        request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.addIdentifier(new Identifier().setSystem(Fhir.PARTNER_REQUEST).setValue(partnerRequestId));
        request.addPerformer(new Reference().setType("Organization")
                .setIdentifier(new Identifier().setSystem(Fhir.COUNCIL).setValue(council("coventry").toString())));
        request.addLocationCode(new CodeableConcept(new Coding(Fhir.ZONE, centralZone().toString(), "Central")));
        request.setQuantity(new Quantity().setValue(900).setUnit("min/wk").setSystem(Fhir.UCUM).setCode("min/wk"));
        Timing timing = new Timing();
        timing.getRepeat().setFrequency(3).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D)
                .setDuration(60).setDurationUnit(Timing.UnitsOfTime.MIN)
                .setBounds(new Period().setStartElement(new DateTimeType(clock.today().plusDays(10).toString())));
        timing.getRepeat().addWhen(Timing.EventTiming.MORN).addWhen(Timing.EventTiming.NOON).addWhen(Timing.EventTiming.EVE);
        request.setOccurrence(timing);
        request.addNote(new Annotation().setText("PEG feeding and tracheostomy care; hoist transfers."));
        request.addExtension(Fhir.OUT_OF_HOURS, new BooleanType(true));
        request.addExtension(Fhir.DOUBLE_HANDED, new BooleanType(true));
        return request;
    }

    MutableHttpRequest<String> posting(String body, String token, String idempotencyKey) {
        MutableHttpRequest<String> request = POST("/fhir/ServiceRequest", body).contentType(Fhir.JSON).accept(Fhir.JSON);
        if (token != null) {
            request.bearerAuth(token);
        }
        return idempotencyKey == null ? request : request.header("Idempotency-Key", idempotencyKey);
    }

    MutableHttpRequest<String> posting(ServiceRequest request, String idempotencyKey) {
        return posting(fhir.newJsonParser().encodeResourceToString(request), partner(), idempotencyKey);
    }

    HttpResponse<String> exchange(MutableHttpRequest<?> request) {
        return api().exchange(request, String.class);
    }

    Task taskOf(HttpResponse<String> response) {
        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).startsWith(Fhir.JSON));
        return Fhir.strictParser(fhir).parseResource(Task.class, response.body());
    }

    /** The OperationOutcome of a refused request, checking it came as FHIR and with this status. */
    OperationOutcome refusal(MutableHttpRequest<?> request, HttpStatus status) {
        HttpClientResponseException e = api().refusal(request);
        assertThat(e.getStatus().getCode()).isEqualTo(status.getCode());
        assertThat(e.getResponse().getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).startsWith(Fhir.JSON));
        return Fhir.strictParser(fhir).parseResource(OperationOutcome.class, e.getResponse().getBody(String.class).orElseThrow());
    }

    static String identifierOf(Task task, String system) {
        return task.getIdentifier().stream().filter(i -> system.equals(i.getSystem())).map(Identifier::getValue).findFirst().orElseThrow();
    }

    @Test
    void a_service_request_places_a_chc_package_and_answers_the_task_that_tracks_it() {
        HttpResponse<String> response = exchange(posting(referral("ICB-FHIR-1", NHS_NUMBER), UUID.randomUUID().toString()));

        assertThat(response.getStatus().getCode()).isEqualTo(HttpStatus.CREATED.getCode());
        Task task = taskOf(response);
        UUID packageId = UUID.fromString(task.getIdElement().getIdPart());
        assertThat(response.getHeaders().get("Location")).isEqualTo("/fhir/Task/" + packageId);
        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
        assertThat(task.getIntent()).isEqualTo(Task.TaskIntent.ORDER);
        assertThat(task.getBusinessStatus().getText()).isEqualTo("PRIMARY");
        assertThat(identifierOf(task, Fhir.PACKAGE_REFERENCE)).isNotBlank();
        assertThat(task.getFocus().getType()).isEqualTo("ServiceRequest");
        assertThat(task.getFocus().getIdentifier().getSystem()).isEqualTo(Fhir.PARTNER_REQUEST);
        assertThat(task.getFocus().getIdentifier().getValue()).isEqualTo("ICB-FHIR-1");
        assertThat(task.hasOwner()).isFalse();

        CarePackage seenByCouncil = api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + packageId)), CarePackage.class);
        assertThat(seenByCouncil.funding()).isEqualTo(Funding.NHS_CHC);
        assertThat(seenByCouncil.reference()).isEqualTo(identifierOf(task, Fhir.PACKAGE_REFERENCE));
        assertThat(seenByCouncil.weeklyMinutes()).isEqualTo(900);
        assertThat(seenByCouncil.startDate()).isEqualTo(clock.today().plusDays(10));
        assertThat(seenByCouncil.needsSummary()).isEqualTo("PEG feeding and tracheostomy care; hoist transfers.");
        assertThat(seenByCouncil.visitPattern().visitsPerDay()).isEqualTo(3);
        assertThat(seenByCouncil.visitPattern().visitMinutes()).isEqualTo(60);
        assertThat(seenByCouncil.visitPattern().timesOfDay()).containsExactly(TimeOfDay.MORNING, TimeOfDay.LUNCHTIME, TimeOfDay.EVENING);
        assertThat(seenByCouncil.visitPattern().outOfHours()).isTrue();
        assertThat(seenByCouncil.visitPattern().doubleHanded()).isTrue();
        assertThat(seenByCouncil.person().nhsNumber()).isEqualTo(NHS_NUMBER);
        assertThat(seenByCouncil.person().givenName()).isEqualTo("Olive");
        assertThat(seenByCouncil.person().familyName()).isEqualTo("Brandreth");
        assertThat(seenByCouncil.person().dateOfBirth()).isEqualTo(LocalDate.of(1947, 3, 9));
        assertThat(seenByCouncil.zone().name()).isEqualTo("Central");
    }

    @Test
    void the_service_requests_priority_is_the_packages_urgency() {
        ServiceRequest urgent = referral("ICB-FHIR-URGENT", NHS_NUMBER);
        urgent.setPriority(ServiceRequest.ServiceRequestPriority.URGENT);
        ServiceRequest asap = referral("ICB-FHIR-ASAP", NHS_NUMBER);
        asap.setPriority(ServiceRequest.ServiceRequestPriority.ASAP);
        ServiceRequest routine = referral("ICB-FHIR-ROUTINE", NHS_NUMBER);
        routine.setPriority(ServiceRequest.ServiceRequestPriority.ROUTINE);

        for (var expected : java.util.Map.of(urgent, uk.homecare.portal.api.brokerage.Urgency.URGENT,
                asap, uk.homecare.portal.api.brokerage.Urgency.FAST_TRACK_CHC,
                routine, uk.homecare.portal.api.brokerage.Urgency.ROUTINE).entrySet()) {
            Task task = taskOf(exchange(posting(expected.getKey(), UUID.randomUUID().toString())));
            CarePackage placed = api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + task.getIdElement().getIdPart())),
                    CarePackage.class);
            assertThat(placed.urgency()).isEqualTo(expected.getValue());
        }
    }

    @Test
    void the_partner_reads_the_task_of_its_package() {
        Task placed = taskOf(exchange(posting(referral("ICB-FHIR-2", NHS_NUMBER), UUID.randomUUID().toString())));

        HttpResponse<String> response = exchange(GET("/fhir/Task/" + placed.getIdElement().getIdPart()).bearerAuth(partner()).accept(Fhir.JSON));

        Task task = taskOf(response);
        assertThat(task.getIdElement().getIdPart()).isEqualTo(placed.getIdElement().getIdPart());
        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
        assertThat(identifierOf(task, Fhir.PACKAGE_REFERENCE)).isEqualTo(identifierOf(placed, Fhir.PACKAGE_REFERENCE));
        assertThat(response.getHeaders().get("ETag")).isEqualTo("W/\"" + task.getMeta().getVersionId() + "\"");
    }

    @Test
    void a_retry_creates_nothing_new_whether_keyed_by_header_or_by_the_partner_request_identifier() {
        String key = UUID.randomUUID().toString();
        Task first = taskOf(exchange(posting(referral("ICB-FHIR-3", NHS_NUMBER), key)));
        HttpResponse<String> retry = exchange(posting(referral("ICB-FHIR-3", NHS_NUMBER), key));
        assertThat(taskOf(retry).getIdElement().getIdPart()).isEqualTo(first.getIdElement().getIdPart());
        assertThat(retry.getHeaders().get("Idempotent-Replayed")).isEqualTo("true");

        String reference = "ICB-FHIR-" + UUID.randomUUID();
        Task byIdentifier = taskOf(exchange(posting(referral(reference, NHS_NUMBER), null)));
        HttpResponse<String> again = exchange(posting(referral(reference, NHS_NUMBER), null));
        assertThat(taskOf(again).getIdElement().getIdPart()).isEqualTo(byIdentifier.getIdElement().getIdPart());
        assertThat(again.getHeaders().get("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void the_same_key_with_another_service_request_is_refused() {
        String key = UUID.randomUUID().toString();
        exchange(posting(referral("ICB-FHIR-4", NHS_NUMBER), key));
        ServiceRequest other = referral("ICB-FHIR-4", NHS_NUMBER);
        other.setQuantity(new Quantity().setValue(600).setSystem(Fhir.UCUM).setCode("min/wk"));

        OperationOutcome outcome = refusal(posting(other, key), HttpStatus.UNPROCESSABLE_ENTITY);

        assertThat(outcome.getIssue().getFirst().getCode()).isEqualTo(IssueType.BUSINESSRULE);
        assertThat(outcome.getIssue().getFirst().getDetails().getCodingFirstRep().getCode()).isEqualTo("idempotency-key-reused");
    }

    @Test
    void a_service_request_with_the_identifier_of_an_earlier_one_answers_its_task_whatever_the_idempotency_key() {
        Task first = taskOf(exchange(posting(referral("ICB-FHIR-NK", NHS_NUMBER), UUID.randomUUID().toString())));

        HttpResponse<String> withoutKey = exchange(posting(referral("ICB-FHIR-NK", NHS_NUMBER), null));
        HttpResponse<String> withAnotherKey = exchange(posting(referral("ICB-FHIR-NK", NHS_NUMBER), UUID.randomUUID().toString()));
        ServiceRequest changed = referral("ICB-FHIR-NK", NHS_NUMBER);
        changed.setQuantity(new Quantity().setValue(600).setSystem(Fhir.UCUM).setCode("min/wk"));
        OperationOutcome otherBody = refusal(posting(changed, UUID.randomUUID().toString()), HttpStatus.UNPROCESSABLE_ENTITY);

        assertThat(taskOf(withoutKey).getIdElement().getIdPart()).isEqualTo(first.getIdElement().getIdPart());
        assertThat(taskOf(withAnotherKey).getIdElement().getIdPart()).isEqualTo(first.getIdElement().getIdPart());
        assertThat(withAnotherKey.getHeaders().get("Idempotent-Replayed")).isEqualTo("true");
        assertThat(otherBody.getIssueFirstRep().getDetails().getCodingFirstRep().getCode()).isEqualTo("idempotency-key-reused");
        assertThat(otherBody.getIssueFirstRep().getExpression()).extracting(Object::toString).containsExactly("ServiceRequest.identifier");
        assertThat(number("select count(*) from care_package where partner_reference = 'ICB-FHIR-NK'")).isEqualTo(1);
    }

    @Test
    void without_a_lot_a_service_request_whose_category_does_not_settle_one_is_refused_with_the_lots_to_choose_from() {
        UUID framework = id("select framework_id from lot where name = 'GP cluster: Central'");
        for (String name : List.of("Citywide: children, complex", "Citywide: children, short breaks")) {
            execute("""
                    insert into lot (council_id, framework_id, name, kind, service_category)
                    values (?, ?, ?, 'CITYWIDE', 'CHILDREN')""", council("coventry"), framework, name);
        }
        ServiceRequest request = referral("ICB-FHIR-LOT", NHS_NUMBER);
        request.addCategory(new CodeableConcept(new Coding(Fhir.SERVICE_CATEGORY, "CHILDREN", null)));

        OperationOutcome outcome = refusal(posting(request, UUID.randomUUID().toString()), HttpStatus.UNPROCESSABLE_ENTITY);

        var issue = outcome.getIssueFirstRep();
        assertThat(issue.getExpression()).extracting(Object::toString).containsExactly("ServiceRequest.category");
        assertThat(issue.getDetails().getCoding()).filteredOn(c -> Fhir.PROBLEM_TYPE.equals(c.getSystem()))
                .extracting(Coding::getCode).containsExactly("lot-choice-needed");
        assertThat(issue.getDetails().getCoding()).filteredOn(c -> Fhir.LOT.equals(c.getSystem()))
                .extracting(Coding::getDisplay).containsExactlyInAnyOrder("Citywide: children, complex", "Citywide: children, short breaks");
        UUID chosen = UUID.fromString(issue.getDetails().getCoding().stream().filter(c -> Fhir.LOT.equals(c.getSystem()))
                .findFirst().orElseThrow().getCode());

        request.addCategory(new CodeableConcept(new Coding(Fhir.LOT, chosen.toString(), null)));
        Task placed = taskOf(exchange(posting(request, UUID.randomUUID().toString())));
        assertThat(id("select lot_id from care_package where id = ?::uuid", placed.getIdElement().getIdPart())).isEqualTo(chosen);
    }

    @Test
    void a_request_with_neither_an_idempotency_key_nor_a_partner_request_identifier_is_refused() {
        ServiceRequest request = referral("unused", NHS_NUMBER);
        request.getIdentifier().clear();

        OperationOutcome outcome = refusal(posting(request, null), HttpStatus.BAD_REQUEST);

        assertThat(outcome.getIssue().getFirst().getCode()).isEqualTo(IssueType.REQUIRED);
        assertThat(outcome.getIssue().getFirst().getLocation()).extracting(Object::toString).containsExactly("http.Idempotency-Key");
    }

    @Test
    void an_nhs_number_failing_the_modulus_11_check_is_refused_at_the_patient_identifier() {
        OperationOutcome outcome = refusal(posting(referral("ICB-FHIR-5", "9434765918"), UUID.randomUUID().toString()), HttpStatus.BAD_REQUEST);

        assertThat(outcome.getIssue()).singleElement().satisfies(issue -> {
            assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
            assertThat(issue.getExpression()).extracting(Object::toString).containsExactly("Patient.identifier");
            assertThat(issue.getDiagnostics()).containsIgnoringCase("NHS number");
        });
    }

    @Test
    void an_nhs_number_that_is_not_ten_digits_or_is_missing_is_refused_at_the_patient_identifier() {
        OperationOutcome shortNumber = refusal(posting(referral("ICB-FHIR-6", "943476591"), UUID.randomUUID().toString()), HttpStatus.BAD_REQUEST);
        assertThat(shortNumber.getIssue()).singleElement()
                .satisfies(issue -> assertThat(issue.getExpression()).extracting(Object::toString).containsExactly("Patient.identifier"));

        ServiceRequest withoutNumber = referral("ICB-FHIR-7", NHS_NUMBER);
        ((Patient) withoutNumber.getContained().getFirst()).getIdentifier().clear();
        OperationOutcome missing = refusal(posting(withoutNumber, UUID.randomUUID().toString()), HttpStatus.BAD_REQUEST);
        assertThat(missing.getIssue()).singleElement().satisfies(issue -> {
            assertThat(issue.getCode()).isEqualTo(IssueType.REQUIRED);
            assertThat(issue.getExpression()).extracting(Object::toString).containsExactly("Patient.identifier");
        });
    }

    @Test
    void every_missing_or_wrong_element_is_named_by_its_fhirpath_at_once() {
        ServiceRequest request = referral("ICB-FHIR-8", NHS_NUMBER);
        request.getPerformer().clear();
        request.getNote().clear();
        request.setQuantity(new Quantity().setValue(900).setSystem(Fhir.UCUM).setCode("kg"));
        request.getOccurrenceTiming().getRepeat().getWhen().clear();
        request.getOccurrenceTiming().getRepeat().addWhen(Timing.EventTiming.AC);
        Patient patient = (Patient) request.getContained().getFirst();
        patient.getAddressFirstRep().setPostalCode("not a postcode");
        patient.setBirthDateElement(new DateType("1947"));

        OperationOutcome outcome = refusal(posting(request, UUID.randomUUID().toString()), HttpStatus.BAD_REQUEST);

        assertThat(outcome.getIssue()).flatExtracting(OperationOutcome.OperationOutcomeIssueComponent::getExpression)
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("ServiceRequest.performer", "ServiceRequest.note", "ServiceRequest.quantity",
                        "ServiceRequest.occurrence.repeat.when", "Patient.address.postalCode", "Patient.birthDate");
        assertThat(outcome.getIssue()).allSatisfy(issue -> assertThat(issue.getDiagnostics()).isNotBlank());
    }

    @Test
    void a_subject_that_is_not_a_contained_patient_is_refused() {
        ServiceRequest request = referral("ICB-FHIR-9", NHS_NUMBER);
        request.setSubject(new Reference("Patient/123"));

        OperationOutcome outcome = refusal(posting(request, UUID.randomUUID().toString()), HttpStatus.BAD_REQUEST);

        assertThat(outcome.getIssue()).singleElement()
                .satisfies(issue -> assertThat(issue.getExpression()).extracting(Object::toString).containsExactly("ServiceRequest.subject"));
    }

    @Test
    void an_unparsable_body_or_an_element_fhir_does_not_know_is_refused_as_a_structure_issue() {
        OperationOutcome broken = refusal(posting("{\"resourceType\": \"ServiceRequest\", \"status\": ", partner(), "k-broken"), HttpStatus.BAD_REQUEST);
        assertThat(broken.getIssue().getFirst().getCode()).isEqualTo(IssueType.STRUCTURE);

        String unknownElement = fhir.newJsonParser().encodeResourceToString(referral("ICB-FHIR-10", NHS_NUMBER))
                .replaceFirst("\\{", "{\"careLevel\": \"high\",");
        OperationOutcome strict = refusal(posting(unknownElement, partner(), "k-unknown"), HttpStatus.BAD_REQUEST);
        assertThat(strict.getIssue().getFirst().getCode()).isEqualTo(IssueType.STRUCTURE);
        assertThat(strict.getIssue().getFirst().getDiagnostics()).contains("careLevel");

        OperationOutcome wrongType = refusal(posting(fhir.newJsonParser().encodeResourceToString(new Patient()), partner(), "k-patient"),
                HttpStatus.BAD_REQUEST);
        assertThat(wrongType.getIssue().getFirst().getCode()).isEqualTo(IssueType.STRUCTURE);
    }

    @Test
    void a_commissioner_is_refused_with_an_operation_outcome() {
        String body = fhir.newJsonParser().encodeResourceToString(referral("ICB-FHIR-11", NHS_NUMBER));

        OperationOutcome outcome = refusal(posting(body, api().tokenFor(COMMISSIONER), "k-commissioner"), HttpStatus.FORBIDDEN);

        assertThat(outcome.getIssue().getFirst().getCode()).isEqualTo(IssueType.FORBIDDEN);
    }

    @Test
    void a_request_without_a_token_is_refused_with_an_operation_outcome() {
        String body = fhir.newJsonParser().encodeResourceToString(referral("ICB-FHIR-12", NHS_NUMBER));

        OperationOutcome outcome = refusal(posting(body, null, "k-anonymous"), HttpStatus.UNAUTHORIZED);

        assertThat(outcome.getIssue().getFirst().getCode()).isEqualTo(IssueType.LOGIN);
    }

    @Test
    void a_council_the_partner_does_not_serve_is_refused() {
        ServiceRequest request = referral("ICB-FHIR-13", NHS_NUMBER);
        request.getPerformerFirstRep().getIdentifier().setValue(council("bradford").toString());

        OperationOutcome outcome = refusal(posting(request, UUID.randomUUID().toString()), HttpStatus.FORBIDDEN);

        assertThat(outcome.getIssue().getFirst().getCode()).isEqualTo(IssueType.FORBIDDEN);
    }

    @Test
    void the_task_of_a_package_the_partner_did_not_place_or_an_address_the_fhir_view_lacks_is_not_found() {
        UUID councilPackage = id("select id from care_package where placed_by is null limit 1");

        OperationOutcome outcome = refusal(GET("/fhir/Task/" + councilPackage).bearerAuth(partner()).accept(Fhir.JSON), HttpStatus.NOT_FOUND);
        assertThat(outcome.getIssue().getFirst().getCode()).isEqualTo(IssueType.NOTFOUND);

        OperationOutcome notAnId = refusal(GET("/fhir/Task/not-an-id").bearerAuth(partner()).accept(Fhir.JSON), HttpStatus.NOT_FOUND);
        assertThat(notAnId.getIssue().getFirst().getCode()).isEqualTo(IssueType.NOTFOUND);

        OperationOutcome noSuchResource = refusal(SpecViolations.offTheSpec(GET("/fhir/Patient/1").bearerAuth(partner()).accept(Fhir.JSON)), HttpStatus.NOT_FOUND);
        assertThat(noSuchResource.getIssue().getFirst().getCode()).isEqualTo(IssueType.NOTFOUND);
    }

    @Test
    void weekly_care_and_visits_may_be_given_in_hours_and_plain_application_json_is_accepted() {
        ServiceRequest request = referral("ICB-FHIR-14", NHS_NUMBER);
        request.setQuantity(new Quantity().setValue(new BigDecimal("10.5")).setSystem(Fhir.UCUM).setCode("h/wk"));
        request.getOccurrenceTiming().getRepeat().setFrequency(2).setDuration(new BigDecimal("0.75")).setDurationUnit(Timing.UnitsOfTime.H);
        String body = fhir.newJsonParser().encodeResourceToString(request);

        HttpResponse<String> response = exchange(POST("/fhir/ServiceRequest", body).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).bearerAuth(partner()).header("Idempotency-Key", UUID.randomUUID().toString()));

        Task task = taskOf(response);
        CarePackage seen = api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + task.getIdElement().getIdPart())), CarePackage.class);
        assertThat(seen.weeklyMinutes()).isEqualTo(630);
        assertThat(seen.visitPattern().visitMinutes()).isEqualTo(45);
        assertThat(seen.visitPattern().visitsPerDay()).isEqualTo(2);
    }
    @Test
    void the_task_follows_the_package_to_award_with_the_provider_as_owner_and_to_cancellation() {
        Task placed = taskOf(exchange(posting(referral("ICB-FHIR-15", NHS_NUMBER), UUID.randomUUID().toString())));
        UUID packageId = UUID.fromString(placed.getIdElement().getIdPart());
        Offer offer = api().retrieve(api().as(SPON_END, GET("/api/offers")), Argument.listOf(Offer.class)).stream()
                .filter(o -> o.packageId().equals(packageId)).findFirst().orElseThrow();
        api().retrieve(api().as(SPON_END, POST("/api/offers/" + offer.id() + "/accept", new AcceptOffer(clock.today().plusDays(12)))), Offer.class);

        Task awarded = taskOf(exchange(GET("/fhir/Task/" + packageId).bearerAuth(partner()).accept(Fhir.JSON)));
        assertThat(awarded.getStatus()).isEqualTo(Task.TaskStatus.ACCEPTED);
        assertThat(awarded.getBusinessStatus().getText()).isEqualTo("AWARDED");
        assertThat(awarded.getOwner().getDisplay()).contains("Spon End");
        assertThat(awarded.getOwner().getIdentifier().getSystem()).isEqualTo(Fhir.ORGANISATION);
        assertThat(Integer.parseInt(awarded.getMeta().getVersionId())).isGreaterThan(Integer.parseInt(placed.getMeta().getVersionId()));

        api().retrieve(POST("/api/chc/packages/" + packageId + "/cancel", new ChcCancelForm("Person moved to a nursing home"))
                .bearerAuth(partner()), ChcPackage.class);
        Task cancelled = taskOf(exchange(GET("/fhir/Task/" + packageId).bearerAuth(partner()).accept(Fhir.JSON)));
        assertThat(cancelled.getStatus()).isEqualTo(Task.TaskStatus.CANCELLED);
    }
    @Test
    void a_content_type_naming_the_fhir_version_is_accepted() {
        String body = fhir.newJsonParser().encodeResourceToString(referral("ICB-FHIR-16", NHS_NUMBER));

        HttpResponse<String> response = exchange(POST("/fhir/ServiceRequest", body).contentType(Fhir.JSON + "; fhirVersion=4.0")
                .accept(Fhir.JSON).bearerAuth(partner()).header("Idempotency-Key", UUID.randomUUID().toString()));

        assertThat(taskOf(response).getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
    }
}
