package uk.homecare.portal.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.parser.DataFormatException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Timing;
import org.hl7.fhir.r4.model.Timing.EventTiming;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.brokerage.Urgency;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.chc.ChcPackageForm;
import uk.homecare.portal.api.reference.ServiceCategory;
import uk.homecare.portal.api.problem.ProblemType;

/**
 * Reads a CHC placement from a FHIR R4 ServiceRequest: parsed strictly by HAPI (a body that is not a
 * valid ServiceRequest is refused whole), then mapped element by element onto the placement form and
 * checked with the form's own constraints. Every problem found is reported at once, each with the
 * FHIRPath of its element.
 */
@Singleton
final class ServiceRequestReader {

    /** A placement read from a ServiceRequest, and the partner's identifier of the request if it gave one. */
    record Read(ChcPackageForm form, @Nullable String partnerRequestId) {}

    static final String PATIENT_ID = "patient";

    private final FhirContext fhir;
    private final Validator validator;

    ServiceRequestReader(FhirContext fhir, Validator validator) {
        this.fhir = fhir;
        this.validator = validator;
    }

    Read read(String body) {
        ServiceRequest request = parse(body);
        List<FhirIssue> issues = new ArrayList<>();
        checkRequest(request, issues);
        String partnerRequestId = request.getIdentifier().stream()
                .filter(i -> Fhir.PARTNER_REQUEST.equals(i.getSystem()) && i.hasValue())
                .map(Identifier::getValue).findFirst().orElse(null);
        Patient patient = subject(request, issues);
        PersonDetails person = patient == null ? null : person(patient, issues);
        Timing.TimingRepeatComponent repeat = repeat(request, issues);
        VisitPattern visits = repeat == null ? null : new VisitPattern(
                repeat.hasFrequency() ? repeat.getFrequency() : null,
                visitMinutes(repeat, issues),
                timesOfDay(repeat, issues),
                flag(request, Fhir.OUT_OF_HOURS, issues),
                flag(request, Fhir.DOUBLE_HANDED, issues));
        ChcPackageForm form = new ChcPackageForm(
                council(request, issues),
                codedId(request.getLocationCode(), Fhir.ZONE, "ServiceRequest.locationCode", issues),
                codedId(request.getCategory(), Fhir.LOT, "ServiceRequest.category", issues),
                weeklyMinutes(request, issues),
                visits,
                repeat == null ? null : startDate(repeat, issues),
                notes(request),
                person,
                partnerRequestId,
                serviceCategory(request.getCategory(), issues)).withUrgency(urgency(request));
        addViolations(form, issues);
        if (!issues.isEmpty()) {
            throw FhirRefusal.invalid(issues);
        }
        return new Read(form, partnerRequestId);
    }

    /**
     * The placement's urgency from the request's priority: {@code urgent} is URGENT; {@code asap} and {@code stat} are the
     * CHC fast track; {@code routine} or none is ROUTINE (sent as absent, so the placement's fingerprint is as before).
     */
    private static @Nullable Urgency urgency(ServiceRequest request) {
        if (!request.hasPriority() || request.getPriority() == null) {
            return null;
        }
        return switch (request.getPriority()) {
            case URGENT -> Urgency.URGENT;
            case ASAP, STAT -> Urgency.FAST_TRACK_CHC;
            default -> null;
        };
    }

    private ServiceRequest parse(String body) {
        if (body == null || body.isBlank()) {
            throw FhirRefusal.invalid(List.of(FhirIssue.required("ServiceRequest", "Send a ServiceRequest resource as FHIR R4 JSON.")));
        }
        try {
            return Fhir.strictParser(fhir).parseResource(ServiceRequest.class, body);
        } catch (DataFormatException | ClassCastException e) {
            String why = e.getMessage() == null ? "The body is not a FHIR R4 ServiceRequest." : e.getMessage();
            throw new FhirRefusal(HttpStatus.BAD_REQUEST,
                    List.of(new FhirIssue(IssueType.STRUCTURE, "The body is not a valid FHIR R4 ServiceRequest: " + why, null, null)),
                    ProblemType.INVALID_INPUT);
        }
    }

    private static void checkRequest(ServiceRequest request, List<FhirIssue> issues) {
        if (request.getStatus() != ServiceRequestStatus.ACTIVE) {
            issues.add(FhirIssue.value("ServiceRequest.status", "A CHC package is placed by an active request: status must be 'active'."));
        }
        if (request.getIntent() != ServiceRequestIntent.ORDER) {
            issues.add(FhirIssue.value("ServiceRequest.intent", "A CHC placement is an order: intent must be 'order'."));
        }
        if (request.getDoNotPerform()) {
            issues.add(FhirIssue.at("ServiceRequest.doNotPerform", IssueType.NOTSUPPORTED,
                    "A request not to perform care cannot be placed; cancel a placed package instead."));
        }
        if (request.hasModifierExtension()) {
            issues.add(FhirIssue.at("ServiceRequest.modifierExtension", IssueType.NOTSUPPORTED,
                    "This server does not understand modifier extensions, so it cannot act on this request."));
        }
    }

    @Nullable
    private static Patient subject(ServiceRequest request, List<FhirIssue> issues) {
        Reference subject = request.getSubject();
        if (!subject.hasReference() && subject.getResource() == null) {
            issues.add(FhirIssue.required("ServiceRequest.subject",
                    "Give the person as a contained Patient and reference it: \"subject\": {\"reference\": \"#" + PATIENT_ID + "\"}."));
            return null;
        }
        if (subject.getResource() instanceof Patient patient) {
            return patient;
        }
        String local = subject.getReference() == null ? "" : subject.getReference().replaceFirst("^#", "");
        for (Resource contained : request.getContained()) {
            if (contained instanceof Patient patient && local.equals(contained.getIdElement().getIdPart().replaceFirst("^#", ""))) {
                return patient;
            }
        }
        issues.add(FhirIssue.value("ServiceRequest.subject",
                "The subject must reference a Patient contained in this ServiceRequest (e.g. \"#" + PATIENT_ID + "\"); '"
                        + subject.getReference() + "' is not one."));
        return null;
    }

    private static PersonDetails person(Patient patient, List<FhirIssue> issues) {
        String nhsNumber = patient.getIdentifier().stream()
                .filter(i -> Fhir.NHS_NUMBER.equals(i.getSystem()))
                .map(Identifier::getValue).filter(Objects::nonNull).findFirst().orElse(null);
        if (nhsNumber == null) {
            issues.add(FhirIssue.required("Patient.identifier",
                    "The person's NHS number is required: an identifier with system " + Fhir.NHS_NUMBER + "."));
        }
        HumanName name = patient.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
                .orElse(patient.getNameFirstRep());
        String given = name.getGiven().stream().map(StringType::getValue).filter(Objects::nonNull).collect(Collectors.joining(" "));
        Address address = patient.getAddress().stream().filter(a -> a.getUse() == Address.AddressUse.HOME).findFirst()
                .orElse(patient.getAddressFirstRep());
        String line = address.getLine().stream().map(StringType::getValue).filter(Objects::nonNull).collect(Collectors.joining(", "));
        return new PersonDetails(given.isEmpty() ? null : given, name.getFamily(),
                date(patient.getBirthDateElement(), "Patient.birthDate", issues), nhsNumber,
                line.isEmpty() ? null : line, address.getPostalCode());
    }

    @Nullable
    private static UUID council(ServiceRequest request, List<FhirIssue> issues) {
        for (Reference performer : request.getPerformer()) {
            Identifier identifier = performer.getIdentifier();
            if (Fhir.COUNCIL.equals(identifier.getSystem())) {
                UUID id = uuid(identifier.getValue());
                if (id == null) {
                    issues.add(FhirIssue.value("ServiceRequest.performer.identifier", "A council's identifier is its id in the portal (a UUID)."));
                }
                return id;
            }
        }
        issues.add(FhirIssue.required("ServiceRequest.performer",
                "Name the council that commissions the care: a performer with identifier system " + Fhir.COUNCIL + " and the council's id."));
        return null;
    }

    @Nullable
    private static UUID codedId(List<CodeableConcept> concepts, String system, String expression, List<FhirIssue> issues) {
        for (CodeableConcept concept : concepts) {
            for (Coding coding : concept.getCoding()) {
                if (system.equals(coding.getSystem())) {
                    UUID id = uuid(coding.getCode());
                    if (id == null) {
                        issues.add(FhirIssue.value(expression, "A code of " + system + " is an id in the portal (a UUID)."));
                    }
                    return id;
                }
            }
        }
        return null;
    }

    @Nullable
    private static ServiceCategory serviceCategory(List<CodeableConcept> concepts, List<FhirIssue> issues) {
        for (CodeableConcept concept : concepts) {
            for (Coding coding : concept.getCoding()) {
                if (Fhir.SERVICE_CATEGORY.equals(coding.getSystem())) {
                    try {
                        return ServiceCategory.valueOf(String.valueOf(coding.getCode()));
                    } catch (IllegalArgumentException e) {
                        issues.add(FhirIssue.value("ServiceRequest.category", "A code of " + Fhir.SERVICE_CATEGORY + " is one of "
                                + java.util.Arrays.toString(ServiceCategory.values()) + "."));
                        return null;
                    }
                }
            }
        }
        return null;
    }

    @Nullable
    private static Integer weeklyMinutes(ServiceRequest request, List<FhirIssue> issues) {
        if (!request.hasQuantityQuantity()) {
            issues.add(request.hasQuantity()
                    ? FhirIssue.value("ServiceRequest.quantity", "Give the weekly care as quantityQuantity in min/wk (or h/wk).")
                    : FhirIssue.required("ServiceRequest.quantity", "Give the weekly care as quantityQuantity, e.g. 900 min/wk."));
            return null;
        }
        Quantity quantity = request.getQuantityQuantity();
        String unit = quantity.hasCode() ? quantity.getCode() : quantity.getUnit();
        if (quantity.hasSystem() && !Fhir.UCUM.equals(quantity.getSystem())) {
            issues.add(FhirIssue.value("ServiceRequest.quantity.system", "The unit must be UCUM (" + Fhir.UCUM + ")."));
            return null;
        }
        return minutes(quantity.getValue(), unit, "min/wk", "h/wk", "ServiceRequest.quantity", issues);
    }

    @Nullable
    private static Timing.TimingRepeatComponent repeat(ServiceRequest request, List<FhirIssue> issues) {
        if (!request.hasOccurrenceTiming()) {
            issues.add(request.hasOccurrence()
                    ? FhirIssue.value("ServiceRequest.occurrence", "Give the visit pattern and start as occurrenceTiming.")
                    : FhirIssue.required("ServiceRequest.occurrence",
                            "Give the visit pattern and start as occurrenceTiming (repeat: frequency a day, duration, when, boundsPeriod.start)."));
            return null;
        }
        Timing.TimingRepeatComponent repeat = request.getOccurrenceTiming().getRepeat();
        boolean perDay = repeat.hasPeriod() && repeat.getPeriod().compareTo(BigDecimal.ONE) == 0
                && repeat.getPeriodUnit() == Timing.UnitsOfTime.D && !repeat.hasPeriodMax();
        if (!perDay) {
            issues.add(FhirIssue.value("ServiceRequest.occurrence.repeat.period", "Visits are counted a day: period 1 and periodUnit 'd'."));
        }
        return repeat;
    }

    @Nullable
    private static Integer visitMinutes(Timing.TimingRepeatComponent repeat, List<FhirIssue> issues) {
        if (!repeat.hasDuration()) {
            return null;
        }
        String unit = repeat.hasDurationUnit() ? repeat.getDurationUnit().toCode() : null;
        return minutes(repeat.getDuration(), unit, "min", "h", "ServiceRequest.occurrence.repeat.duration", issues);
    }

    @Nullable
    private static Integer minutes(@Nullable BigDecimal value, @Nullable String unit, String minutes, String hours, String expression,
            List<FhirIssue> issues) {
        if (value == null) {
            issues.add(FhirIssue.required(expression, "Give a value in " + minutes + " or " + hours + "."));
            return null;
        }
        BigDecimal inMinutes;
        if (minutes.equals(unit)) {
            inMinutes = value;
        } else if (hours.equals(unit)) {
            inMinutes = value.multiply(BigDecimal.valueOf(60));
        } else {
            issues.add(FhirIssue.value(expression, "The unit must be " + minutes + " or " + hours + ", not '" + unit + "'."));
            return null;
        }
        try {
            return inMinutes.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            issues.add(FhirIssue.value(expression, "Give whole minutes."));
            return null;
        }
    }

    private static List<TimeOfDay> timesOfDay(Timing.TimingRepeatComponent repeat, List<FhirIssue> issues) {
        Set<TimeOfDay> times = new LinkedHashSet<>();
        for (Enumeration<EventTiming> when : repeat.getWhen()) {
            TimeOfDay time = when.getValue() == null ? null : timeOfDay(when.getValue());
            if (time == null) {
                issues.add(FhirIssue.at("ServiceRequest.occurrence.repeat.when", IssueType.CODEINVALID,
                        "'" + when.getValueAsString() + "' is not a time of day the portal books: use MORN, NOON, AFT, EVE or NIGHT."));
            } else {
                times.add(time);
            }
        }
        return List.copyOf(times);
    }

    /** The EventTiming codes a visit can be booked at (the .early/.late variants count as their part of the day). */
    @Nullable
    static TimeOfDay timeOfDay(EventTiming when) {
        return switch (when) {
            case MORN, MORN_EARLY, MORN_LATE -> TimeOfDay.MORNING;
            case NOON -> TimeOfDay.LUNCHTIME;
            case AFT, AFT_EARLY, AFT_LATE -> TimeOfDay.TEATIME;
            case EVE, EVE_EARLY, EVE_LATE -> TimeOfDay.EVENING;
            case NIGHT -> TimeOfDay.NIGHT;
            default -> null;
        };
    }

    static EventTiming eventTiming(TimeOfDay time) {
        return switch (time) {
            case MORNING -> EventTiming.MORN;
            case LUNCHTIME -> EventTiming.NOON;
            case TEATIME -> EventTiming.AFT;
            case EVENING -> EventTiming.EVE;
            case NIGHT -> EventTiming.NIGHT;
        };
    }

    @Nullable
    private static LocalDate startDate(Timing.TimingRepeatComponent repeat, List<FhirIssue> issues) {
        if (repeat.hasBounds() && !repeat.hasBoundsPeriod()) {
            issues.add(FhirIssue.value("ServiceRequest.occurrence.repeat.bounds", "Give the start of care as boundsPeriod.start."));
            return null;
        }
        return date(repeat.getBoundsPeriod().getStartElement(), "ServiceRequest.occurrence.repeat.bounds.start", issues);
    }

    @Nullable
    private static LocalDate date(BaseDateTimeType value, String expression, List<FhirIssue> issues) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
            issues.add(FhirIssue.value(expression, "Give a full date (YYYY-MM-DD), not '" + value.getValueAsString() + "'."));
            return null;
        }
        return LocalDate.parse(value.getValueAsString().substring(0, 10));
    }

    @Nullable
    private static String notes(ServiceRequest request) {
        String text = request.getNote().stream().map(org.hl7.fhir.r4.model.Annotation::getText).filter(Objects::nonNull)
                .map(String::strip).filter(t -> !t.isEmpty()).collect(Collectors.joining("\n\n"));
        return text.isEmpty() ? null : text;
    }

    private static boolean flag(ServiceRequest request, String url, List<FhirIssue> issues) {
        List<Extension> extensions = request.getExtensionsByUrl(url);
        if (extensions.isEmpty()) {
            return false;
        }
        if (extensions.size() > 1 || !(extensions.getFirst().getValue() instanceof BooleanType value) || !value.hasValue()) {
            issues.add(FhirIssue.value("ServiceRequest.extension('" + url + "')", "Give this extension once, with a valueBoolean."));
            return false;
        }
        return value.booleanValue();
    }

    private void addViolations(ChcPackageForm form, List<FhirIssue> issues) {
        Set<String> reported = issues.stream().map(FhirIssue::expression).filter(Objects::nonNull).collect(Collectors.toSet());
        validator.validate(form).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(ServiceRequestReader::issueFor)
                .filter(issue -> !reported.contains(issue.expression()))
                .forEach(issues::add);
    }

    private static FhirIssue issueFor(ConstraintViolation<ChcPackageForm> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                names.add(node.getName());
            }
        }
        String field = String.join(".", names);
        String expression = OperationOutcomes.expressionFor(field);
        Class<? extends Annotation> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        boolean missing = constraint == NotNull.class || constraint == NotBlank.class || constraint == NotEmpty.class;
        String where = expression != null ? expression : field;
        return new FhirIssue(missing ? IssueType.REQUIRED : IssueType.VALUE, where + ": " + violation.getMessage(), expression, null);
    }

    @Nullable
    private static UUID uuid(@Nullable String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
