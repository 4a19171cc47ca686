package uk.homecare.portal.ui.server;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The browser's defences on every UI answer. The content security policy lets the UI load and run only its
 * own code and styles (Vaadin's client needs inline styles and evaluates the server's small scripts, hence
 * 'unsafe-inline' for styles and 'unsafe-eval'), talk only to its own server, and never be framed. Pages carry
 * personal data, so none is cached; the versioned static bundle under /VAADIN/ may be.
 */
final class SecurityHeadersHandler extends Handler.Wrapper {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("Content-Security-Policy", POLICY);
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (!Request.getPathInContext(request).startsWith("/VAADIN/")) {
            headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        }
        return super.handle(request, response, callback);
    }
}
