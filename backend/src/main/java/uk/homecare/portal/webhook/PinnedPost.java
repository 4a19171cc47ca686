package uk.homecare.portal.webhook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 POST to an address already checked, not to whatever the URL's name resolves to by the time
 * the connection is made: the socket connects to that address, while the Host header, TLS server name (SNI)
 * and certificate check still use the URL's host name, so HTTPS stays verified against the name.
 */
final class PinnedPost {

    private static final int MAX_STATUS_LINE = 1024;

    private PinnedPost() {}

    /** Sends the POST and answers the response's status code; the response body is not read. */
    static int send(URI url, InetAddress address, Map<String, String> headers, byte[] body,
                    Duration connectTimeout, Duration requestTimeout) throws IOException {
        boolean https = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
        try (Socket socket = connect(url.getHost(), address, port, https, connectTimeout, requestTimeout)) {
            OutputStream out = socket.getOutputStream();
            out.write(head(url, port, https, headers, body.length).getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return statusOf(new BufferedInputStream(socket.getInputStream()));
        }
    }

    private static Socket connect(String host, InetAddress address, int port, boolean https,
                                  Duration connectTimeout, Duration requestTimeout) throws IOException {
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(address, port), Math.toIntExact(connectTimeout.toMillis()));
            plain.setSoTimeout(Math.toIntExact(requestTimeout.toMillis()));
            if (!https) {
                return plain;
            }
            SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain, host, port, true);
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            parameters.setServerNames(List.of(new SNIHostName(host)));
            tls.setSSLParameters(parameters);
            tls.startHandshake();
            return tls;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    private static String head(URI url, int port, boolean https, Map<String, String> headers, int length) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (url.getRawQuery() != null) {
            path += "?" + url.getRawQuery();
        }
        boolean defaultPort = port == (https ? 443 : 80);
        StringBuilder head = new StringBuilder()
                .append("POST ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(url.getHost()).append(defaultPort ? "" : ":" + port).append("\r\n")
                .append("Content-Length: ").append(length).append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("\r\n").toString();
    }

    /** The status code of "HTTP/1.1 204 No Content". */
    private static int statusOf(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1 || line.length() > MAX_STATUS_LINE) {
                throw new IOException("the receiver sent no HTTP status line");
            }
            line.append((char) c);
        }
        String[] parts = line.toString().trim().split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("\\d{3}")) {
            throw new IOException("the receiver sent no HTTP status line");
        }
        return Integer.parseInt(parts[1]);
    }
}
