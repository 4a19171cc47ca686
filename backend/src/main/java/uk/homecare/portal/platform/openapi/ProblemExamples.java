package uk.homecare.portal.platform.openapi;

/** Example problem bodies, as the portal writes them (see {@code platform.problem.Problems}). */
final class ProblemExamples {

    static final String MEDIA_TYPE = uk.homecare.portal.api.problem.Problem.MEDIA_TYPE;

    static final String INVALID_INPUT = """
            {"type":"urn:homecare-portal:problem:invalid-input","title":"Invalid input","status":400,\
            "detail":"Some fields are not valid.","errors":[{"field":"weeklyMinutes","message":"must be greater than or equal to 15"},\
            {"field":"visitPattern.visitMinutes","message":"Visits must be at least 30 minutes in this council."}]}""";

    static final String UNAUTHORIZED = """
            {"type":"urn:homecare-portal:problem:unauthorized","title":"Not signed in","status":401,\
            "detail":"Sign in first: this needs a valid bearer token."}""";

    static final String SIGN_IN_FAILED = """
            {"type":"urn:homecare-portal:problem:unauthorized","title":"Not signed in","status":401,\
            "detail":"The username or password is not right."}""";

    static final String MFA_REQUIRED = """
            {"type":"urn:homecare-portal:problem:mfa-required","title":"Not signed in","status":401,\
            "detail":"Enter the 6-digit code from your authenticator app, or one of your recovery codes."}""";

    static final String MFA_FAILED = """
            {"type":"urn:homecare-portal:problem:mfa-failed","title":"Not signed in","status":401,\
            "detail":"The code is not right, or has been used already. Enter the code your authenticator app shows now."}""";

    static final String MFA_ENROLMENT_REQUIRED = """
            {"type":"urn:homecare-portal:problem:mfa-enrolment-required","title":"Not allowed","status":403,\
            "detail":"Your council requires two-step verification: set it up first, then sign in again."}""";

    static final String FORBIDDEN = """
            {"type":"urn:homecare-portal:problem:forbidden","title":"Not allowed","status":403,\
            "detail":"Your role may not do this."}""";

    static final String NOT_FOUND = """
            {"type":"urn:homecare-portal:problem:not-found","title":"Not found","status":404,\
            "detail":"No such package in your council."}""";

    static final String KEY_REUSED = """
            {"type":"urn:homecare-portal:problem:idempotency-key-reused","title":"Request cannot be processed","status":422,\
            "detail":"This Idempotency-Key was used with a different request body. Use a new key for a new request."}""";

    static final String CONFLICT = """
            {"type":"urn:homecare-portal:problem:conflict","title":"Conflict","status":409,\
            "detail":"Someone else changed this record after you loaded it. Reload it and try again."}""";

    static final String TOO_LARGE = """
            {"type":"urn:homecare-portal:problem:payload-too-large","title":"Request too large","status":413,\
            "detail":"The content length [70000] exceeds the maximum allowed content length [65536]"}""";

    static final String UNSUPPORTED_MEDIA_TYPE = """
            {"type":"urn:homecare-portal:problem:unsupported-media-type","title":"Unsupported media type","status":415,\
            "detail":"Content Type [text/plain] not allowed. Allowed types: [application/json]"}""";

    static final String LOCKED = """
            {"type":"urn:homecare-portal:problem:too-many-requests","title":"Too many attempts","status":429,\
            "detail":"Too many failed sign-in attempts. Try again in 15 minutes."}""";

    static final String SERVER_ERROR = """
            {"type":"urn:homecare-portal:problem:server-error","title":"Something went wrong","status":500,\
            "detail":"Something went wrong on our side. Nothing was changed; please try again."}""";

    static final String SERVICE_UNAVAILABLE = """
            {"type":"urn:homecare-portal:problem:service-unavailable","title":"Unavailable for a moment","status":503,\
            "detail":"The portal cannot reach its database just now. Nothing was changed; please try again in a few seconds."}""";

    private ProblemExamples() {}
}
