package uk.homecare.portal.webhook;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Webhooks go to the partner's public endpoints only: a URL whose host resolves to any loopback, private,
 * shared (carrier-grade NAT), link-local or otherwise internal address is refused when registered and again
 * when sent. The name is resolved once per try, every address it resolves to is checked, and the portal then
 * connects to an address it checked ({@link PinnedPost}), so a name re-pointed between the check and the
 * connection (DNS rebinding) cannot make the portal call inside its own network. Tests, whose receivers
 * listen on loopback, switch the check off.
 */
@Singleton
class PublicAddressPolicy {

    /** The addresses a URL's host resolved to, all checked, or why it may not be called. */
    record Resolution(List<InetAddress> addresses, String refusal) {
        static Resolution refused(String why) {
            return new Resolution(List.of(), why);
        }

        boolean allowed() {
            return refusal == null;
        }
    }

    private final boolean allowInternal;

    PublicAddressPolicy(@Value("${portal.webhooks.allow-internal-addresses:false}") boolean allowInternal) {
        this.allowInternal = allowInternal;
    }

    /** Why the URL may not be called, or null when it may. */
    String refusal(String url) {
        return allowInternal ? null : resolve(url).refusal();
    }

    /** Resolves the URL's host once and checks every address it resolves to. */
    Resolution resolve(String url) {
        String host = URI.create(url).getHost();
        if (host == null) {
            return Resolution.refused("the URL names no host");
        }
        try {
            List<InetAddress> addresses = Arrays.asList(InetAddress.getAllByName(host));
            if (!allowInternal && addresses.stream().anyMatch(PublicAddressPolicy::internal)) {
                return Resolution.refused("the host resolves to an internal address");
            }
            return new Resolution(List.copyOf(addresses), null);
        } catch (UnknownHostException e) {
            return Resolution.refused("the host name does not resolve");
        }
    }

    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return internalV4(bytes);
        }
        if (address instanceof Inet6Address) {
            return internalV6(bytes);
        }
        return true;
    }

    /** The IPv4 special-purpose ranges (RFC 6890 and successors) that are not the public internet. */
    private static boolean internalV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        int third = b[2] & 0xff;
        return first == 0                                           // 0.0.0.0/8 "this network"
                || first == 10                                      // private
                || first == 127                                     // loopback
                || (first == 100 && (second & 0xc0) == 64)          // 100.64.0.0/10 shared address space (CGNAT)
                || (first == 169 && second == 254)                  // link-local, cloud metadata
                || (first == 172 && (second & 0xf0) == 16)          // private
                || (first == 192 && second == 0 && third == 0)      // 192.0.0.0/24 IETF protocol assignments
                || (first == 192 && second == 0 && third == 2)      // TEST-NET-1
                || (first == 192 && second == 88 && third == 99)    // 6to4 relay anycast
                || (first == 192 && second == 168)                  // private
                || (first == 198 && (second & 0xfe) == 18)          // 198.18.0.0/15 benchmarking
                || (first == 198 && second == 51 && third == 100)   // TEST-NET-2
                || (first == 203 && second == 0 && third == 113)    // TEST-NET-3
                || first >= 224;                                    // multicast, reserved, broadcast
    }

    private static boolean internalV6(byte[] b) {
        boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;                           // fc00::/7
        boolean siteLocal = (b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0;    // fec0::/10 (deprecated)
        boolean documentation = (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8;
        if (uniqueLocal || siteLocal || documentation) {
            return true;
        }
        // An IPv4 address inside IPv6 (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::a.b.c.d, 6to4
        // 2002:a.b.c.d::) reaches that IPv4 address: judge it as IPv4.
        byte[] v4 = embeddedV4(b);
        return v4 != null && internalV4(v4);
    }

    private static byte[] embeddedV4(byte[] b) {
        boolean zeroPrefix = allZero(b, 0, 10);
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0;
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && allZero(b, 4, 12);
        if (mapped || compatible || nat64) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return Arrays.copyOfRange(b, 2, 6);
        }
        return null;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
