package uk.homecare.portal.ui.reference;

import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.reference.Framework;
import uk.homecare.portal.api.reference.FrameworkForm;

/** A framework being created or changed; its properties are named like {@link FrameworkForm}'s fields. */
public class FrameworkDraft {

    private UUID id;
    private String name;
    private LocalDate startsOn;
    private Integer initialTermMonths;
    private Integer extensionMonths = 0;
    private Integer version;

    static FrameworkDraft of(Framework framework) {
        var draft = new FrameworkDraft();
        draft.id = framework.id();
        draft.name = framework.name();
        draft.startsOn = framework.startsOn();
        draft.initialTermMonths = framework.initialTermMonths();
        draft.extensionMonths = framework.extensionMonths();
        draft.version = framework.version();
        return draft;
    }

    FrameworkForm toForm() {
        return new FrameworkForm(name, startsOn, initialTermMonths, extensionMonths, version);
    }

    UUID id() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public Integer getInitialTermMonths() {
        return initialTermMonths;
    }

    public void setInitialTermMonths(Integer initialTermMonths) {
        this.initialTermMonths = initialTermMonths;
    }

    public Integer getExtensionMonths() {
        return extensionMonths;
    }

    public void setExtensionMonths(Integer extensionMonths) {
        this.extensionMonths = extensionMonths;
    }
}
