package uk.homecare.portal.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.hl7.fhir.r4.model.Timing.EventTiming;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.chc.ChcPackage;
import uk.homecare.portal.api.identity.NamedRef;

/** The mappings between the portal's words and FHIR's codes, one by one. */
class FhirMappingTest {

    @ParameterizedTest
    @CsvSource({
            "DRAFT, DRAFT", "PRIMARY, REQUESTED", "SECONDARY, REQUESTED", "OPEN, REQUESTED", "REVIEW, RECEIVED",
            "UNALLOCATED, ONHOLD", "AWARDED, ACCEPTED", "CANCELLED, CANCELLED"})
    void each_package_status_has_its_task_status_and_keeps_its_own_name_as_the_business_status(PackageStatus status, TaskStatus expected) {
        ChcPackage chc = new ChcPackage(UUID.randomUUID(), "CHC-0001", null, status, new NamedRef(UUID.randomUUID(), "Coventry City Council"),
                new NamedRef(UUID.randomUUID(), "Central"), new NamedRef(UUID.randomUUID(), "Older people"), 900,
                LocalDate.of(2026, 12, 1), Instant.parse("2026-11-24T12:00:00Z"), null, null, 1);

        Task task = ChcTasks.task(chc);

        assertThat(task.getStatus()).isEqualTo(expected);
        assertThat(task.getBusinessStatus().getCodingFirstRep().getCode()).isEqualTo(status.name());
        assertThat(task.getRestriction().getPeriod().getStartElement().getValueAsString()).isEqualTo("2026-12-01");
        assertThat(task.getExtensionByUrl(Fhir.STAGE_ENDS_AT)).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(TimeOfDay.class)
    void every_time_of_day_is_written_as_an_event_timing_that_reads_back_as_itself(TimeOfDay time) {
        EventTiming when = ServiceRequestReader.eventTiming(time);

        assertThat(ServiceRequestReader.timeOfDay(when)).isEqualTo(time);
    }

    @ParameterizedTest
    @CsvSource({
            "person.nhsNumber, Patient.identifier", "person.postcode, Patient.address.postalCode", "councilId, ServiceRequest.performer",
            "visitPattern.visitMinutes, ServiceRequest.occurrence.repeat.duration", "visitPattern.timesOfDay[0], ServiceRequest.occurrence.repeat.when",
            "person.somethingNew, ServiceRequest.subject"})
    void the_service_s_field_names_are_answered_as_fhirpaths(String field, String expression) {
        assertThat(OperationOutcomes.expressionFor(field)).isEqualTo(expression);
    }
}
