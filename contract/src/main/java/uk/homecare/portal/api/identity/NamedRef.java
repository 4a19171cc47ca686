package uk.homecare.portal.api.identity;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;
import java.util.UUID;

/**
 * A reference to a council, organisation or person: its id and the name people know it by, and for a council
 * that has one its name in Welsh (a page in Welsh shows that).
 */
@Serdeable
public record NamedRef(
        UUID id,
        @Schema(example = "Coventry City Council") String name,
        @Schema(description = "Its name in Welsh, where it has one (a council in Wales)", example = "Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr",
                maxLength = 200) @Nullable String welshName) {

    @Creator
    public NamedRef {}

    /** A reference with no Welsh name. */
    public NamedRef(UUID id, String name) {
        this(id, name, null);
    }

    /** The name in the given language: the Welsh name for Welsh, where there is one; else the name. */
    public String nameIn(Locale language) {
        return welshName != null && "cy".equals(language.getLanguage()) ? welshName : name;
    }
}
