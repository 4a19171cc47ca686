package uk.homecare.portal.webhook;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Webhooks go to the partner's public endpoints only: a URL whose host resolves to a loopback, private,
 * link-local or otherwise internal address is refused when registered and again when sent (the name may
 * have been re-pointed since), so a partner cannot make the portal call inside its own network.
 * Tests, whose receivers listen on loopback, switch it off.
 */
@Singleton
class PublicAddressPolicy {

    private final boolean allowInternal;

    PublicAddressPolicy(@Value("${portal.webhooks.allow-internal-addresses:false}") boolean allowInternal) {
        this.allowInternal = allowInternal;
    }

    /** Why the URL may not be called, or null when it may. */
    String refusal(String url) {
        if (allowInternal) {
            return null;
        }
        String host = URI.create(url).getHost();
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (internal(address)) {
                    return "the host resolves to an internal address";
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return "the host name does not resolve";
        }
    }

    private static boolean internal(InetAddress address) {
        boolean uniqueLocalV6 = address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6;
    }
}
