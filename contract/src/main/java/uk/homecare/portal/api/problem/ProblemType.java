package uk.homecare.portal.api.problem;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of problem the API answers with, each a URN that does not change (a problem's {@code type}). */
public enum ProblemType {
    INVALID_INPUT("urn:homecare-portal:problem:invalid-input"),
    UNAUTHORIZED("urn:homecare-portal:problem:unauthorized"),
    FORBIDDEN("urn:homecare-portal:problem:forbidden"),
    NOT_FOUND("urn:homecare-portal:problem:not-found"),
    METHOD_NOT_ALLOWED("urn:homecare-portal:problem:method-not-allowed"),
    CONFLICT("urn:homecare-portal:problem:conflict"),
    PAYLOAD_TOO_LARGE("urn:homecare-portal:problem:payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE("urn:homecare-portal:problem:unsupported-media-type"),
    IDEMPOTENCY_KEY_REUSED("urn:homecare-portal:problem:idempotency-key-reused"),
    TOO_MANY_REQUESTS("urn:homecare-portal:problem:too-many-requests"),
    SERVER_ERROR("urn:homecare-portal:problem:server-error"),
    /** Any other refusal of a 4xx status. */
    ERROR("urn:homecare-portal:problem:error"),
    /** RFC 7807's default: nothing beyond the HTTP status, as the UI takes an error that came without a problem. */
    ABOUT_BLANK("about:blank"),
    /** Sign-in: the password was right, and the account also needs a one-time code (401); ask for it and send it again. */
    MFA_REQUIRED("urn:homecare-portal:problem:mfa-required"),
    /** Sign-in: the one-time code (or recovery code) was not right, or was used already (401); counts towards the lock. */
    MFA_FAILED("urn:homecare-portal:problem:mfa-failed"),
    /** The token was issued only to set up two-step verification, which the council requires (403): enrol, then sign in again. */
    MFA_ENROLMENT_REQUIRED("urn:homecare-portal:problem:mfa-enrolment-required"),
    /** A CHC placement without a lot whose lot the service category and frameworks do not settle (422): choices lists the lots to name in lotId. */
    LOT_CHOICE_NEEDED("urn:homecare-portal:problem:lot-choice-needed"),
    /** The portal cannot reach its database for the moment (503, with Retry-After): nothing was changed; try again. */
    SERVICE_UNAVAILABLE("urn:homecare-portal:problem:service-unavailable"),
    /** The provider fails one of the council's quality gates (409): the detail names the gate and why; no new offer or answer. */
    PROVIDER_GATED("urn:homecare-portal:problem:provider-gated"),
    /** A regulator's ratings file was refused whole (422): errors lists the rows at fault (lines[n].column); nothing changed. */
    RATINGS_FILE_REFUSED("urn:homecare-portal:problem:ratings-file-refused"),
    /** A report may not be e-mailed to this account (422, naming accountId): it is not a commissioner or administrator allowed to open it. */
    RECIPIENT_NOT_ALLOWED("urn:homecare-portal:problem:recipient-not-allowed");

    private final String urn;

    ProblemType(String urn) {
        this.urn = urn;
    }

    /** What a problem's {@code type} says. */
    public String urn() {
        return urn;
    }

    /** The last part of the URN, such as {@code invalid-input}: the code FHIR refusals carry. */
    public String code() {
        return urn.substring(urn.lastIndexOf(':') + 1);
    }

    /** The type a problem's {@code type} names, if it is one of these. */
    public static Optional<ProblemType> of(String urn) {
        return Arrays.stream(values()).filter(type -> type.urn.equals(urn)).findFirst();
    }
}
