package uk.homecare.portal.platform;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.api.identity.AccessToken;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.identity.Capabilities;
import uk.homecare.portal.identity.CapabilityOperations;
import uk.homecare.portal.demo.DemoData;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.identity.PasswordHasher;
import uk.homecare.portal.notification.OfferNotifier;
import uk.homecare.portal.platform.PublishedSpec.Operation;
import uk.homecare.portal.platform.PublishedSpec.Parameter;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;

/**
 * Every operation of the published spec, called by everyone who may not use it: without a token, with each
 * role its route does not allow, as each role of another council on one of Coventry's real records and, for
 * what it answers, as a provider only offered the package. Every refusal must leave every table as it was.
 *
 * <p>Who may use an operation is what the running application's route says ({@code @Secured}) and, for an
 * operation of a capability, what {@code identity.Capabilities} says (the role matrix): a role outside either is
 * refused. The routes and
 * the spec must name the same operations. A path parameter, body field or header the sweep cannot fill with a
 * real record or value fails the sweep, so a new operation is covered, or noticed, without anyone remembering.
 */
@MicronautTest(transactional = false)
class EndpointSweepTest extends PortalTest {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointSweepTest.class);

    /** Routes the spec leaves out on purpose, and why. */
    private static final Map<String, String> NOT_IN_THE_SPEC = Map.of(
            "GET /health", "the management health check: open to all, for load balancers and probes",
            "GET /health/{selector}", "one indicator of the health check, likewise",
            "GET /swagger/views/redoc", "the API reference page, open to all",
            "GET /swagger/views/redoc/index.html", "the API reference page, likewise");

    /** What names the person a package is for; before award, the provider it is offered to sees none of it. */
    private static final Set<String> PERSON_FIELDS = Set.of(
            "person", "nhsNumber", "givenName", "familyName", "addressLine", "postcode", "dateOfBirth");

    /** Coventry's records the sweep (and the generated-requests run) calls on. */
    enum Coventry {
        COUNCIL, ZONE, FRAMEWORK, LOT, RATE, PROVIDER, PERSON, BOOKING, NOTIFICATION,
        OFFERED_PACKAGE, OFFER, AWARDED_PACKAGE, CHC_PACKAGE, WEBHOOK,
        /** A provider registered with Coventry alone, so another council's administrator has no registration of it to end. */
        REGISTERED_PROVIDER,
        NHS_PARTNER, API_CLIENT, ACCOUNT, CARER, CONSENT, HOURS_PLAN, INVITATION,
        /** A query (package messages) between Coventry and Spon End about the awarded package. */
        QUERY,
        /** A draft payment schedule of Coventry's provider, with one line (a missed visit awaiting the council). */
        PAYMENT_SCHEDULE, PAYMENT_LINE,
        /** A compliance document of Coventry's provider (a PDF awaiting a council), and an open action of Coventry's monitoring visit to it. */
        COMPLIANCE_DOCUMENT, MONITORING_ACTION
    }

    /** The record each path parameter names, by the path up to and including it. */
    static final Map<String, Coventry> PATH_RECORDS = Map.ofEntries(
            entry("/api/api-clients/{id}", Coventry.API_CLIENT),
            entry("/api/accounts/{accountId}", Coventry.ACCOUNT),
            entry("/api/accounts/{id}", Coventry.ACCOUNT),
            entry("/api/invitations/{id}", Coventry.INVITATION),
            entry("/api/care-packages/{id}", Coventry.AWARDED_PACKAGE),
            entry("/api/chc/packages/{id}", Coventry.CHC_PACKAGE),
            entry("/api/chc/webhooks/{id}", Coventry.WEBHOOK),
            entry("/api/deliveries/{bookingId}", Coventry.BOOKING),
            entry("/api/frameworks/{frameworkId}", Coventry.FRAMEWORK),
            entry("/api/frameworks/{id}", Coventry.FRAMEWORK),
            entry("/api/hours-plans/{planId}", Coventry.HOURS_PLAN),
            entry("/api/lots/{id}", Coventry.LOT),
            entry("/api/lots/{id}/providers/{providerId}", Coventry.PROVIDER),
            entry("/api/nhs-partners/{id}", Coventry.NHS_PARTNER),
            entry("/api/notifications/{id}", Coventry.NOTIFICATION),
            entry("/api/offers/{id}", Coventry.OFFER),
            entry("/api/packages/{id}", Coventry.OFFERED_PACKAGE),
            entry("/api/packages/{packageId}", Coventry.AWARDED_PACKAGE),
            entry("/api/people/{personId}", Coventry.PERSON),
            entry("/api/people/{id}", Coventry.PERSON),
            entry("/api/people/{personId}/bookings/{bookingId}", Coventry.BOOKING),
            entry("/api/provider-organisations/{id}", Coventry.REGISTERED_PROVIDER),
            entry("/api/people/{personId}/consents/{consentId}", Coventry.CONSENT),
            entry("/api/payment-schedules/{id}", Coventry.PAYMENT_SCHEDULE),
            entry("/api/compliance-documents/{id}", Coventry.COMPLIANCE_DOCUMENT),
            entry("/api/monitoring-actions/{id}", Coventry.MONITORING_ACTION),
            entry("/api/remittances/{id}", Coventry.PAYMENT_SCHEDULE),
            entry("/api/providers/{providerId}", Coventry.PROVIDER),
            entry("/api/queries/{queryId}", Coventry.QUERY),
            entry("/api/rates/{id}", Coventry.RATE),
            entry("/api/zones/{id}", Coventry.ZONE),
            entry("/fhir/Task/{id}", Coventry.CHC_PACKAGE));

    /** The record a uuid field of a body names, by the field's name. */
    static final Map<String, Coventry> BODY_RECORDS = Map.of(
            "councilId", Coventry.COUNCIL, "zoneId", Coventry.ZONE, "lotId", Coventry.LOT, "personId", Coventry.PERSON,
            "providerId", Coventry.PROVIDER, "offerId", Coventry.OFFER, "councilIds", Coventry.COUNCIL, "carerId", Coventry.CARER,
            "organisationId", Coventry.PROVIDER, "lineId", Coventry.PAYMENT_LINE);

    /** Values for patterned strings the spec gives no example of, by the field's name. */
    static final Map<String, String> PATTERNED = Map.of(
            "code", "SWEEP", "district", "CV1", "url", "https://hooks.example.org/sweep");

    /** Values for header parameters, by name. */
    static final Map<String, String> HEADERS = Map.of("Idempotency-Key", "sweep-" + UUID.randomUUID(),
            "Invitation-Token", "sweep-not-a-token");

    /** The one operation whose body the spec leaves open: "a FHIR R4 ServiceRequest". */
    static final String FHIR_PLACEMENT = "POST /fhir/ServiceRequest";

    private static final String OTHER_PARTNER = "sweep-bradford-icb";
    private static final String OTHER_PARTNER_SECRET = "sweep-secret-" + UUID.randomUUID();

    @Inject
    Router router;

    @Inject
    OfferNotifier notifier;

    @Inject
    PasswordHasher hasher;

    @Inject
    JsonMapper json;

    private final PublishedSpec spec = PublishedSpec.read();
    private final Map<Coventry, UUID> records = new EnumMap<>(Coventry.class);
    private final Map<Role, Caller> coventryCallers = new LinkedHashMap<>();
    private final Map<Role, Caller> otherCallers = new LinkedHashMap<>();
    private final Map<String, Integer> checksByKind = new LinkedHashMap<>();
    private final Set<String> refusedAsInvalidInput = new TreeSet<>();
    private final Set<String> validatedBeforeTheRecord = new TreeSet<>();
    private Map<String, Route> routes;
    private Caller offeredProvider;
    private List<String> personDetailsBeforeAward;
    private TableSnapshots tables;
    private Map<String, String> lastSnapshot;
    private String otherPartnerToken;
    private int calls;

    /** Who calls: a demo login or partner client, by role; no token for the anonymous caller. */
    private record Caller(String name, Role role, Supplier<String> token) {

        static final Caller ANONYMOUS = new Caller("nobody signed in", null, () -> null);

        @Override
        public String toString() {
            return name;
        }
    }

    /** What the running application says of a route: who may use it, and the operation (method) it runs. */
    record Route(String key, Set<String> access, String operation) {

        boolean anonymous() {
            return access.contains(SecurityRule.IS_ANONYMOUS);
        }

        boolean allows(Role role) {
            return anonymous() || access.contains(SecurityRule.IS_AUTHENTICATED) || access.contains(role.name());
        }

        /**
         * Whether the role may use it: its route must allow it and, for an operation that belongs to a capability,
         * so must {@code identity.Capabilities} (the role matrix), whatever a too broad {@code @Secured} says.
         */
        boolean mayBeUsedBy(Role role) {
            return allows(role) && CapabilityOperations.of(operation).map(capability -> Capabilities.rolesWith(capability).contains(role))
                    .orElse(true);
        }
    }

    /** An operation made concrete: Coventry's ids in its path, values for its required parameters, a minimal valid body. */
    private record Call(Operation operation, String uri, Map<String, String> headers, String mediaType, String body,
                        boolean pathNamesARecord, Set<String> bodyFieldsNamingRecords) {

        boolean namesARecord() {
            return pathNamesARecord || !bodyFieldsNamingRecords.isEmpty();
        }

        Call withBody(String other) {
            return new Call(operation, uri, headers, mediaType, other, pathNamesARecord, bodyFieldsNamingRecords);
        }

        MutableHttpRequest<?> request(String token) {
            MutableHttpRequest<Object> request = HttpRequest.create(HttpMethod.parse(operation.method()), uri);
            headers.forEach(request::header);
            if (body != null) {
                request.body(body).contentType(mediaType);
            }
            return token == null ? request : request.bearerAuth(token);
        }

        @Override
        public String toString() {
            return operation.method() + " " + uri;
        }
    }

    private record Answer(int status, String body) {}

    /** An operation the sweep cannot make concrete until it is told which record or value to use. */
    private static final class Unknown extends RuntimeException {
        Unknown(String message) {
            super(message);
        }
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        // Packages along the whole loop, an hours bank and CHC packages: real records of every kind.
        properties.put("portal.demo-activity", "true");
        return properties;
    }

    @BeforeAll
    void findCoventrysRecordsAndSignEveryoneIn() throws SQLException {
        tables = new TableSnapshots(connectDirectly());
        routes = routes(router);
        addAPartnerServingBradfordOnly();
        signIn(coventryCallers, "coventry", "coventry", Api.PARTNER_CLIENT, api()::partnerToken);
        signIn(otherCallers, "bradford", "bridgend", OTHER_PARTNER, this::otherPartnerToken);
        // The platform administrator is of no council, so has no "other council" counterpart: its role alone decides.
        coventryCallers.put(Role.PLATFORM_ADMIN, demoUser(Role.PLATFORM_ADMIN, DemoData.PLATFORM_ADMIN.username()));
        offeredProvider = coventryCallers.get(Role.PROVIDER);
        registerAWebhookAndTellEveryoneOfTheirOffers();
        findRecords();
        personDetailsBeforeAward = personDetailsBeforeAward();
        // Signing in writes; the sweep starts once everyone holds a token.
        Stream.concat(coventryCallers.values().stream(), otherCallers.values().stream()).forEach(caller -> caller.token().get());
    }

    @AfterAll
    void report() throws SQLException {
        LOG.info("Endpoint sweep: {} operations, {} calls, checks {}", spec.operations().size(), calls, checksByKind);
        LOG.info("Refused another council's record named only in the body as invalid input on that field: {}", refusedAsInvalidInput);
        LOG.info("Validated the body before checking the record (400 for an empty body to another council's caller "
                + "whose role may use the operation): {}", validatedBeforeTheRecord);
        tables.close();
    }

    @Test
    void the_spec_and_the_running_application_have_the_same_operations_and_agree_which_need_no_token() {
        Map<String, Operation> operations = spec.operations().stream().collect(Collectors.toMap(Operation::key, o -> o));
        Set<String> routed = new TreeSet<>(routes.keySet());
        routed.removeAll(NOT_IN_THE_SPEC.keySet());

        assertThat(routes).as("the routes the spec leaves out on purpose").containsKeys(NOT_IN_THE_SPEC.keySet().toArray(String[]::new));
        assertThat(difference(operations.keySet(), routed)).as("operations in the spec with no route").isEmpty();
        assertThat(difference(routed, operations.keySet())).as("routes with no operation in the spec").isEmpty();
        assertThat(routed).as("routes that say who may use them with @Secured")
                .allSatisfy(key -> assertThat(routes.get(key).access()).as(key).isNotEmpty());
        assertThat(operations.values()).as("the spec says no token is needed exactly where the route is open to all")
                .allSatisfy(o -> assertThat(o.needsNoToken()).as(o.key()).isEqualTo(routes.get(o.key()).anonymous()));
    }

    @TestFactory
    Stream<DynamicNode> every_operation_refuses_whoever_may_not_use_it_and_writes_nothing_when_it_does() {
        return spec.operations().stream().map(this::sweep);
    }

    private DynamicNode sweep(Operation operation) {
        Route route = routes.get(operation.key());
        Call call;
        try {
            call = concrete(operation);
        } catch (Unknown unknown) {
            return dynamicTest(operation + " can be called on Coventry's records", () -> {
                throw new AssertionError(operation + ": " + unknown.getMessage());
            });
        }
        if (route == null) {
            return dynamicTest(operation + " has a route", () -> assertThat(route).as(operation.key()).isNotNull());
        }
        List<DynamicTest> checks = new ArrayList<>();
        if (!operation.needsNoToken()) {
            checks.add(check("without a token", "is refused without a token (401)", () -> refused(call, Caller.ANONYMOUS, 401)));
        }
        for (Role role : Role.values()) {
            Caller caller = coventryCallers.get(role);
            if (!route.mayBeUsedBy(role)) {
                checks.add(check("to a role that may not", "is refused to " + caller + ", a " + role + " (403)", () -> refused(call, caller, 403)));
            }
        }
        if (call.namesARecord()) {
            otherCallers.values().forEach(caller -> checks.add(anotherCouncils(call, caller)));
            checks.addAll(emptyBodyProbes(call, route));
        }
        if (operation.method().equals("GET") && (spec.namesAnyOf(operation.answerSchema(), PERSON_FIELDS) || route.allows(Role.PROVIDER))) {
            checks.add(check("to a provider before award", "shows " + offeredProvider + ", only offered the package, nothing that names the person",
                    () -> showsNothingOfThePerson(call)));
        }
        if (checks.isEmpty()) {
            checks.add(dynamicTest("is open to everyone by design, so nobody is refused", () -> assertThat(route.anonymous()).isTrue()));
        }
        return dynamicContainer(operation.key(), checks);
    }

    private DynamicTest anotherCouncils(Call call, Caller caller) {
        String who = caller + ", a " + caller.role() + " of another council, ";
        if (call.pathNamesARecord()) {
            return check("to another council", "is refused to " + who + "on Coventry's record (403 or 404)", () -> refused(call, caller, 403, 404));
        }
        return check("to another council", "is refused to " + who + "naming Coventry's " + call.bodyFieldsNamingRecords()
                + " in the body (403, 404, or 400 on that field)", () -> refusedOnTheField(call, caller));
    }

    /**
     * Another council's caller whose role may use the operation gets past the role check; an empty body then
     * shows whether the body is validated before the record is checked. Reported, not failed: the 400 tells
     * nothing of the record. It must still be a refusal, and write nothing.
     */
    private List<DynamicTest> emptyBodyProbes(Call call, Route route) {
        if (call.body() == null || !MediaType.APPLICATION_JSON.equals(call.mediaType())) {
            return List.of();
        }
        Call emptied = call.withBody("array".equals(call.operation().bodySchema().get("type")) ? "[{}]" : "{}");
        return otherCallers.values().stream()
                .filter(caller -> route.allows(caller.role()))
                .map(caller -> check("with an empty body", "is refused to " + caller + " with an empty body, writing nothing (a 400 is reported)", () -> {
                    if (refused(emptied, caller, 400, 403, 404).status() == 400) {
                        validatedBeforeTheRecord.add(call.operation().key());
                    }
                }))
                .toList();
    }

    private DynamicTest check(String kind, String name, Executable check) {
        checksByKind.merge(kind, 1, Integer::sum);
        return dynamicTest(name, check);
    }

    private Answer refused(Call call, Caller caller, Integer... statuses) throws SQLException {
        Answer answer = sendWritingNothing(call, caller);

        assertThat(answer.status()).as(call + " as " + caller + " answered " + answer.body()).isIn(Arrays.asList(statuses));
        return answer;
    }

    /**
     * A record of Coventry's named only in the body may also be refused as invalid input, but only on the very
     * field naming it ("Choose a person of your council"): a 400 for any other field means the body was wrong.
     */
    private void refusedOnTheField(Call call, Caller caller) throws SQLException, IOException {
        Answer answer = refused(call, caller, 400, 403, 404);
        if (answer.status() == 400) {
            Problem problem = json.readValue(answer.body(), Problem.class);
            assertThat(problem.errors()).as(call + " as " + caller + " answered " + answer.body())
                    .isNotEmpty()
                    .allSatisfy(error -> assertThat(call.bodyFieldsNamingRecords()).contains(lastName(error.field())));
            refusedAsInvalidInput.add(call.operation().key());
        }
    }

    private void showsNothingOfThePerson(Call call) throws SQLException {
        Answer answer = sendWritingNothing(call, offeredProvider);

        if (answer.status() / 100 != 2) {
            assertThat(answer.status()).as(call + " answered " + answer.body()).isIn(403, 404);
            return;
        }
        assertThat(personDetailsBeforeAward).as(call + " answered " + answer.body())
                .allSatisfy(detail -> assertThat(answer.body()).doesNotContain(detail));
    }

    /**
     * Sends the call, checking every table is as it was. The snapshot after one call is the one before the
     * next: nothing else runs between them, and a write that lands late is still caught, by the next call.
     */
    private Answer sendWritingNothing(Call call, Caller caller) throws SQLException {
        Map<String, String> before = lastSnapshot != null ? lastSnapshot : tables.take();
        Answer answer = send(call, caller);
        lastSnapshot = tables.take();

        assertThat(TableSnapshots.changed(before, lastSnapshot)).as(call + " as " + caller + " wrote to").isEmpty();
        return answer;
    }

    private Answer send(Call call, Caller caller) {
        calls++;
        try {
            HttpResponse<String> response = api().exchange(call.request(caller.token().get()), String.class);
            return new Answer(response.code(), response.getBody().orElse(""));
        } catch (HttpClientResponseException e) {
            return new Answer(e.code(), e.getResponse().getBody(String.class).orElse(""));
        }
    }

    /** The operation with Coventry's records in its path, values for its parameters, and a minimal valid body. */
    private Call concrete(Operation operation) {
        String path = operation.path();
        List<Parameter> pathParameters = operation.parametersIn("path");
        for (Parameter parameter : pathParameters) {
            String placeholder = "{" + parameter.name() + "}";
            String upTo = operation.path().substring(0, operation.path().indexOf(placeholder) + placeholder.length());
            Coventry record = PATH_RECORDS.get(upTo);
            if (record == null) {
                throw new Unknown("no record for the path parameter " + upTo + ": add one to PATH_RECORDS");
            }
            path = path.replace(placeholder, records.get(record).toString());
        }
        Set<String> bodyFields = new TreeSet<>();
        PublishedSpec.Values values = values(bodyFields);
        List<String> query = new ArrayList<>();
        Map<String, String> headers = new TreeMap<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("header") && HEADERS.containsKey(parameter.name())) {
                headers.put(parameter.name(), HEADERS.get(parameter.name()));
            } else if (parameter.in().equals("query") && parameter.required()) {
                query.add(parameter.name() + "=" + encode(String.valueOf(spec.example(parameter.schema(), values))));
            } else if (!parameter.in().equals("path") && parameter.required()) {
                throw new Unknown("no value for the " + parameter.in() + " parameter " + parameter.name() + ": add one to HEADERS");
            }
        }
        String uri = query.isEmpty() ? path : path + "?" + String.join("&", query);
        String body = operation.bodySchema() == null ? null : body(operation, values, bodyFields);
        return new Call(operation, uri, Map.copyOf(headers), operation.bodyMediaType(), body, !pathParameters.isEmpty(), Set.copyOf(bodyFields));
    }

    private String body(Operation operation, PublishedSpec.Values values, Set<String> bodyFields) {
        if (operation.key().equals(FHIR_PLACEMENT)) {
            bodyFields.add("performer");
            return serviceRequest();
        }
        Object example = spec.example(operation.bodySchema(), values);
        if (MediaType.APPLICATION_FORM_URLENCODED.equals(operation.bodyMediaType()) && example instanceof Map<?, ?> form) {
            return form.entrySet().stream().map(field -> field.getKey() + "=" + encode(String.valueOf(field.getValue())))
                    .collect(Collectors.joining("&"));
        }
        try {
            return json.writeValueAsString(example);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Coventry's records for uuid fields, dates from the test clock, and the patterned values above. */
    private PublishedSpec.Values values(Set<String> bodyFields) {
        return new PublishedSpec.Values() {
            @Override
            public String id(String property) {
                Coventry record = BODY_RECORDS.get(property);
                if (record == null) {
                    throw new Unknown("no record for the body field " + property + ": add one to BODY_RECORDS");
                }
                bodyFields.add(property);
                return records.get(record).toString();
            }

            @Override
            public String date() {
                return clock.today().plusDays(14).toString();
            }

            @Override
            public String dateTime() {
                return clock.instant().toString();
            }

            @Override
            public String patterned(String property, String pattern) {
                String value = PATTERNED.get(property);
                if (value == null || !value.matches(pattern)) {
                    throw new Unknown("no value for " + property + " matching " + pattern + ": add one to PATTERNED or an example to the spec");
                }
                return value;
            }
        };
    }

    /** A complete ServiceRequest for Coventry, as an ICB's system would send it. */
    private String serviceRequest() {
        return serviceRequest(records.get(Coventry.COUNCIL), clock.today().plusDays(14));
    }

    /** A complete ServiceRequest for the council, its care starting on the day given. */
    static String serviceRequest(UUID council, java.time.LocalDate start) {
        return """
                {"resourceType": "ServiceRequest",
                 "contained": [{"resourceType": "Patient", "id": "patient",
                                "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765919"}],
                                "name": [{"family": "Brandreth", "given": ["Olive"]}], "birthDate": "1947-03-09",
                                "address": [{"line": ["18 Kenilworth Road"], "postalCode": "CV5 6AB"}]}],
                 "identifier": [{"system": "https://homecare-portal.uk/Id/partner-request", "value": "sweep-1"}],
                 "status": "active", "intent": "order", "subject": {"reference": "#patient"},
                 "performer": [{"type": "Organization",
                                "identifier": {"system": "https://homecare-portal.uk/Id/council", "value": "%s"}}],
                 "quantityQuantity": {"value": 900, "unit": "min/wk", "system": "http://unitsofmeasure.org", "code": "min/wk"},
                 "occurrenceTiming": {"repeat": {"boundsPeriod": {"start": "%s"}, "frequency": 3, "period": 1, "periodUnit": "d",
                                                 "duration": 60, "durationUnit": "min", "when": ["MORN", "NOON", "EVE"]}},
                 "note": [{"text": "PEG feeding; hoist transfers."}]}
                """.formatted(council, start);
    }

    /** Every route but HEAD, which Micronaut adds to each GET. A route may be listed more than once, always alike. */
    static Map<String, Route> routes(Router router) {
        Map<String, Route> found = new TreeMap<>();
        router.uriRoutes().filter(route -> route.getHttpMethod() != HttpMethod.HEAD).forEach(route -> {
            String key = route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString();
            Route previous = found.put(key, new Route(key, Set.of(route.getAnnotationMetadata().stringValues(Secured.class)),
                    route.getTargetMethod().getMethodName()));
            assertThat(previous).as("another route for " + key).isIn(null, found.get(key));
        });
        return found;
    }

    private void signIn(Map<Role, Caller> callers, String staffCouncil, String peopleCouncil, String partner, Supplier<String> partnerToken) {
        demoLogins(staffCouncil, peopleCouncil).forEach((role, username) -> callers.put(role, demoUser(role, username)));
        callers.put(Role.NHS_PARTNER, new Caller(partner, Role.NHS_PARTNER, partnerToken));
    }

    /** The demo login of each role of a council's staff and of its people, but the partner (a client) and the platform administrator (of no council). */
    static Map<Role, String> demoLogins(String staffCouncil, String peopleCouncil) {
        Map<Role, String> logins = new LinkedHashMap<>();
        logins.put(Role.COMMISSIONER, "commissioner@" + staffCouncil + ".demo");
        logins.put(Role.ADMIN, "admin@" + staffCouncil + ".demo");
        logins.put(Role.PROVIDER, "provider@" + staffCouncil + ".demo");
        logins.put(Role.PROVIDER_ADMIN, "provider-admin@" + staffCouncil + ".demo");
        logins.put(Role.SERVICE_USER, "person@" + peopleCouncil + ".demo");
        logins.put(Role.CARER, "carer@" + peopleCouncil + ".demo");
        return logins;
    }

    private Caller demoUser(Role role, String username) {
        return new Caller(username, role, () -> api().tokenFor(username));
    }

    /** An NHS partner of Bradford's, and no other council's, with client credentials of its own. */
    private void addAPartnerServingBradfordOnly() {
        execute("""
                with org as (
                    insert into organisation (kind, name, ods_code) values ('NHS_PARTNER', 'Sweep ICB', 'SWP01') returning id
                ), served as (
                    insert into organisation_council (organisation_id, council_id)
                    select org.id, c.id from org, council c where c.code = 'bradford'
                )
                insert into api_client (client_id, secret_hash, organisation_id) select ?, ?, org.id from org""",
                OTHER_PARTNER, hasher.hash(OTHER_PARTNER_SECRET));
    }

    private String otherPartnerToken() {
        if (otherPartnerToken == null) {
            otherPartnerToken = api().retrieve(HttpRequest.POST("/oauth/token", Map.of("grant_type", "client_credentials",
                            "client_id", OTHER_PARTNER, "client_secret", OTHER_PARTNER_SECRET))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED), AccessToken.class).accessToken();
        }
        return otherPartnerToken;
    }

    private void registerAWebhookAndTellEveryoneOfTheirOffers() {
        registerAWebhookAndTellEveryoneOfTheirOffers(api(), notifier, clock.instant());
    }

    /** Coventry's partner's webhook and the providers' notifications of their offers: records {@link #coventrysRecords} needs. */
    static void registerAWebhookAndTellEveryoneOfTheirOffers(Api api, OfferNotifier notifier, java.time.Instant now) {
        api.exchange(HttpRequest.POST("/api/chc/webhooks", Map.of("url", "https://hooks.example.org/coventry-icb"))
                .bearerAuth(api.partnerToken()), String.class);
        notifier.notifyDue(now);
    }

    private void findRecords() {
        records.putAll(coventrysRecords(this::id, clock.instant()));
    }

    /** A query for one id, run underneath the application. */
    @FunctionalInterface
    interface Lookup {
        UUID id(String query, Object... parameters);
    }

    /** Coventry's records of every kind, found (a few made) underneath the application, with the demo activity on. */
    static Map<Coventry, UUID> coventrysRecords(Lookup db, java.time.Instant now) {
        Map<Role, String> logins = demoLogins("coventry", "coventry");
        Map<Coventry, UUID> records = new EnumMap<>(Coventry.class);
        UUID council = db.id("select id from council where code = 'coventry'");
        UUID sponEnd = db.id("select organisation_id from app_user where username = ?", logins.get(Role.PROVIDER));
        UUID person = db.id("select person_id from app_user where username = ?", logins.get(Role.SERVICE_USER));
        UUID icb = db.id("select organisation_id from api_client where client_id = ?", Api.PARTNER_CLIENT);
        String pendingOffer = """
                from offer o join care_package p on p.id = o.package_id and p.round = o.round
                where p.council_id = ? and o.provider_id = ? and o.response = 'PENDING' and p.status in ('PRIMARY', 'SECONDARY', 'OPEN')
                order by p.reference limit 1""";
        records.put(Coventry.COUNCIL, council);
        records.put(Coventry.PROVIDER, sponEnd);
        records.put(Coventry.PERSON, person);
        records.put(Coventry.ZONE, db.id("select id from zone where council_id = ? and retired_on is null order by code limit 1", council));
        records.put(Coventry.FRAMEWORK, db.id("select id from framework where council_id = ?", council));
        records.put(Coventry.LOT, db.id("""
                select l.id from lot l join lot_provider lp on lp.lot_id = l.id
                 where l.council_id = ? and lp.provider_id = ? order by l.name limit 1""", council, sponEnd));
        records.put(Coventry.RATE, db.id("select id from rate where council_id = ? order by effective_from desc, service_type limit 1", council));
        records.put(Coventry.BOOKING, db.id("select id from hours_booking where person_id = ? and status = 'BOOKED' order by on_date limit 1", person));
        records.put(Coventry.NOTIFICATION, db.id("""
                select n.id from notification n join app_user u on u.id = n.user_id where u.username = ? limit 1""", logins.get(Role.PROVIDER)));
        records.put(Coventry.OFFERED_PACKAGE, db.id("select p.id " + pendingOffer, council, sponEnd));
        records.put(Coventry.OFFER, db.id("select o.id " + pendingOffer, council, sponEnd));
        records.put(Coventry.AWARDED_PACKAGE, db.id("select id from care_package where council_id = ? and awarded_provider_id = ? limit 1", council, sponEnd));
        records.put(Coventry.CHC_PACKAGE, db.id("select id from care_package where council_id = ? and placed_by = ? order by reference limit 1", council, icb));
        records.put(Coventry.WEBHOOK, db.id("select id from webhook_subscription where partner_id = ?", icb));
        records.put(Coventry.REGISTERED_PROVIDER, db.id("""
                with org as (
                    insert into organisation (kind, name, regulator, regulator_provider_id, address_line, postcode, contact_email)
                    values ('PROVIDER', 'Sweep Coventry Care Ltd', 'CQC', '1-999000111', '1 Sweep Street', 'CV1 1AA', 'office@sweep.example')
                    returning id
                ), linked as (
                    insert into organisation_council (organisation_id, council_id) select org.id, ? from org
                )
                select id from org""", council));
        records.put(Coventry.NHS_PARTNER, icb);
        records.put(Coventry.API_CLIENT, db.id("select id from api_client where client_id = ?", Api.PARTNER_CLIENT));
        records.put(Coventry.CARER, db.id("select id from app_user where username = ?", logins.get(Role.CARER)));
        records.put(Coventry.CONSENT, db.id("select id from carer_consent where person_id = ? order by granted_at limit 1", person));
        records.put(Coventry.HOURS_PLAN, db.id("select id from hours_plan where person_id = ?", person));
        records.put(Coventry.ACCOUNT, db.id("""
                insert into app_user (username, display_name, password_hash, role, council_id, organisation_id)
                select 'sweep.commissioner@coventry.demo', 'Sweep Commissioner', 'not-a-hash', 'COMMISSIONER', c.id, o.id
                  from council c join organisation o on o.council_id = c.id and o.kind = 'COUNCIL' where c.id = ?
                returning id""", council));
        records.put(Coventry.INVITATION, db.id("""
                insert into invitation (token_hash, email, display_name, role, council_id, created_at, expires_at)
                values (md5(random()::text), 'sweep.invited@coventry.demo', 'Sweep Invited', 'COMMISSIONER', ?, ?, ?)
                returning id""", council, java.sql.Timestamp.from(now), java.sql.Timestamp.from(now.plus(java.time.Duration.ofDays(30)))));
        records.put(Coventry.QUERY, db.id("""
                with q as (
                    insert into package_query (council_id, package_id, provider_id, type, subject, raised_by_side, raised_by, raised_at,
                                               status, due_on, last_message_at, message_count)
                    select p.council_id, p.id, p.awarded_provider_id, 'GENERAL', 'Sweep query', 'PROVIDER', u.id, ?, 'OPEN', ?::date, ?, 1
                      from care_package p, app_user u where p.id = ? and u.username = ?
                    returning id, council_id, raised_by, raised_at
                ), m as (
                    insert into package_query_message (council_id, query_id, number, side, author_id, body, sent_at)
                    select council_id, id, 1, 'PROVIDER', raised_by, 'Sweep message', raised_at from q
                )
                select id from q""", java.sql.Timestamp.from(now), java.sql.Date.valueOf(java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).plusDays(5)),
                java.sql.Timestamp.from(now), records.get(Coventry.AWARDED_PACKAGE), logins.get(Role.PROVIDER)));
        records.put(Coventry.PAYMENT_LINE, db.id("""
                with v as (
                    insert into visit_actual (package_id, provider_id, visit_date, planned_start, planned_end, planned_minutes,
                                              actual_minutes, carers_present, missed, variance_reason, source, recorded_by, recorded_at)
                    select ?, ?, (date_trunc('week', ?::timestamptz - interval '400 days'))::date + 2, '03:17', '03:47', 30, 0, 0, true,
                           'OTHER', 'API', 'sweep', ?::timestamptz
                    returning id, council_id, package_id, visit_date, seq
                ), s as (
                    insert into payment_schedule (council_id, provider_id, period_start, built_by, built_at, visits_through)
                    select v.council_id, ?, v.visit_date - 2, 'sweep', ?::timestamptz, v.seq from v
                    returning id, council_id
                )
                insert into payment_line (schedule_id, council_id, visit_id, package_id, visit_date, last_visit_date, planned_minutes,
                                          actual_minutes, carers_present, carers_commissioned, missed, service_type, paid_minutes,
                                          amount_pence, exception)
                select s.id, s.council_id, v.id, v.package_id, v.visit_date, v.visit_date, 30, 0, 0, 1, true, 'DOMICILIARY', 0, 0, 'MISSED'
                  from s, v
                returning id""", records.get(Coventry.AWARDED_PACKAGE), sponEnd, java.sql.Timestamp.from(now), java.sql.Timestamp.from(now),
                sponEnd, java.sql.Timestamp.from(now)));
        records.put(Coventry.PAYMENT_SCHEDULE, db.id("select schedule_id from payment_line where id = ?", records.get(Coventry.PAYMENT_LINE)));
        records.put(Coventry.COMPLIANCE_DOCUMENT, db.id("""
                insert into compliance_document (provider_id, type, expires_on, file_name, media_type, size_bytes, sha256, content,
                                                 uploaded_by, uploaded_at)
                select ?, 'PUBLIC_LIABILITY_INSURANCE', (?::timestamptz)::date + 200, 'sweep.pdf', 'application/pdf', 9, 'sweep',
                       convert_to('%PDF-1.7' || chr(10), 'UTF8'), u.id, ?::timestamptz
                  from app_user u where u.username = ?
                returning id""", sponEnd, java.sql.Timestamp.from(now), java.sql.Timestamp.from(now), logins.get(Role.PROVIDER)));
        records.put(Coventry.MONITORING_ACTION, db.id("""
                with v as (
                    insert into monitoring_visit (council_id, provider_id, visited_on, findings, recorded_by, recorded_at)
                    select ?, ?, (?::timestamptz)::date - 7, 'Sweep findings', u.id, ?::timestamptz from app_user u where u.username = ?
                    returning id, council_id, visited_on
                )
                insert into monitoring_action (visit_id, council_id, number, description, due_on)
                select id, council_id, 1, 'Sweep action', visited_on + 30 from v
                returning id""", council, sponEnd, java.sql.Timestamp.from(now), java.sql.Timestamp.from(now), logins.get(Role.COMMISSIONER)));
        assertThat(Arrays.stream(Coventry.values()).filter(record -> records.get(record) == null))
                .as("Coventry's records the demo activity should have made").isEmpty();
        return records;
    }

    /** Whatever names the people of the packages offered to the provider and not awarded to it. */
    private List<String> personDetailsBeforeAward() throws SQLException {
        List<String> details = new ArrayList<>();
        try (var db = connectDirectly(); var statement = db.prepareStatement("""
                select pe.given_name, pe.family_name, pe.nhs_number, pe.address_line, pe.postcode, pe.date_of_birth::text
                  from care_package p join person pe on pe.id = p.person_id
                 where p.awarded_provider_id is distinct from ?
                   and exists (select 1 from offer o where o.package_id = p.id and o.provider_id = ?)""")) {
            statement.setObject(1, records.get(Coventry.PROVIDER));
            statement.setObject(2, records.get(Coventry.PROVIDER));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    for (int column = 1; column <= 6; column++) {
                        if (rows.getString(column) != null) {
                            details.add(rows.getString(column));
                        }
                    }
                }
            }
        }
        assertThat(details).as("people of packages offered to the provider and not awarded to it").isNotEmpty();
        return details;
    }

    /** {@code zoneId} of {@code [0].zoneId} or {@code lots[1].zoneId}. */
    private static String lastName(String field) {
        return field.substring(Math.max(field.lastIndexOf('.'), field.lastIndexOf(']')) + 1);
    }

    private static Set<String> difference(Set<String> these, Set<String> those) {
        Set<String> difference = new TreeSet<>(these);
        difference.removeAll(those);
        return difference;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
