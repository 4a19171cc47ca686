package uk.homecare.portal.fhir;

import java.util.Date;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.chc.ChcPackage;

/** A CHC package as the Task that tracks its placement, offer and award (NHS England's Booking and Referral pattern). */
final class ChcTasks {

    static final String TASK_CODE = "http://hl7.org/fhir/CodeSystem/task-code";

    private ChcTasks() {}

    static Task task(ChcPackage chc) {
        Task task = new Task();
        task.setId(chc.id().toString());
        task.getMeta().setVersionId(String.valueOf(chc.version()));
        task.addIdentifier(new Identifier().setSystem(Fhir.PACKAGE_REFERENCE).setValue(chc.reference()));
        task.setStatus(status(chc.status()));
        task.setBusinessStatus(new CodeableConcept(new Coding(Fhir.PACKAGE_STATUS, chc.status().name(), label(chc.status())))
                .setText(chc.status().name()));
        task.setIntent(Task.TaskIntent.ORDER);
        task.setCode(new CodeableConcept(new Coding(TASK_CODE, "fulfill", "Fulfill the focal request")));
        // The ServiceRequest lives in the partner's system: a logical reference by the partner's own identifier of it.
        Reference request = new Reference().setType("ServiceRequest").setDisplay("CHC package " + chc.reference());
        if (chc.partnerReference() != null) {
            request.setIdentifier(new Identifier().setSystem(Fhir.PARTNER_REQUEST).setValue(chc.partnerReference()));
        }
        task.setFocus(request);
        task.addBasedOn(request.copy());
        if (chc.awardedProvider() != null) {
            task.setOwner(new Reference().setType("Organization")
                    .setIdentifier(new Identifier().setSystem(Fhir.ORGANISATION).setValue(chc.awardedProvider().id().toString()))
                    .setDisplay(chc.awardedProvider().name()));
        }
        task.getRestriction().setPeriod(new Period().setStartElement(new DateTimeType(chc.startDate().toString())));
        if (chc.stageEndsAt() != null) {
            task.addExtension(Fhir.STAGE_ENDS_AT, new DateTimeType(Date.from(chc.stageEndsAt())));
        }
        return task;
    }

    /** Offered to providers: requested; bids in for review: received; nobody took it: on hold while the council steps in. */
    static TaskStatus status(PackageStatus status) {
        return switch (status) {
            case DRAFT -> TaskStatus.DRAFT;
            case PRIMARY, SECONDARY, OPEN -> TaskStatus.REQUESTED;
            case REVIEW -> TaskStatus.RECEIVED;
            case UNALLOCATED -> TaskStatus.ONHOLD;
            case AWARDED -> TaskStatus.ACCEPTED;
            case CANCELLED -> TaskStatus.CANCELLED;
            case SUSPENDED -> TaskStatus.ONHOLD;
            case ENDED -> TaskStatus.COMPLETED;
        };
    }

    private static String label(PackageStatus status) {
        return switch (status) {
            case DRAFT -> "Drafted";
            case PRIMARY -> "Offered to the zone's primary provider";
            case SECONDARY -> "Offered to the zone's secondary provider";
            case OPEN -> "Open to every provider on the framework";
            case REVIEW -> "Bids in, waiting for the council's award";
            case UNALLOCATED -> "Unallocated: the council is arranging care";
            case AWARDED -> "Awarded to a provider";
            case CANCELLED -> "Cancelled";
            case SUSPENDED -> "Suspended: the person is in hospital";
            case ENDED -> "Ended";
        };
    }
}
