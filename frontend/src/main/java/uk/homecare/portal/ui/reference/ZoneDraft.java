package uk.homecare.portal.ui.reference;

import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.reference.Zone;
import uk.homecare.portal.api.reference.ZoneForm;
import uk.homecare.portal.api.reference.ZoneKind;

/** A zone being created or changed; its properties are named like {@link ZoneForm}'s fields. */
public class ZoneDraft {

    private UUID id;
    private String code;
    private String name;
    private ZoneKind kind;
    private LocalDate retiredOn;
    private Integer version;

    static ZoneDraft of(Zone zone) {
        var draft = new ZoneDraft();
        draft.id = zone.id();
        draft.code = zone.code();
        draft.name = zone.name();
        draft.kind = zone.kind();
        draft.retiredOn = zone.retiredOn();
        draft.version = zone.version();
        return draft;
    }

    ZoneForm toForm() {
        return new ZoneForm(code, name, kind, retiredOn, version);
    }

    UUID id() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ZoneKind getKind() {
        return kind;
    }

    public void setKind(ZoneKind kind) {
        this.kind = kind;
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    public void setRetiredOn(LocalDate retiredOn) {
        this.retiredOn = retiredOn;
    }
}
