package io.jenkins.plugins.systemtest.engine.preflight;

import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A service a suite requires, parsed from a URI such as {@code postgres://db:5432/app} or {@code tcp://[::1]:9000}.
 * User information ({@code user:password@}) is accepted and dropped: no probe needs it, and nothing this object
 * prints or keeps contains it. A query is kept for the HTTP request only and shown as {@code ?...}.
 */
public final class ServiceTarget {

    /** The field bad targets are reported under. */
    public static final String FIELD = "requires";

    private static final String ALLOWED = "allowed: tcp://host:port, http://host[:port]/path, https://..., "
            + "postgres://host[:5432], postgresql://..., redis://host[:6379], rediss://..., mysql://host[:3306], "
            + "kafka://host[:9092]; IPv6 addresses in brackets ([::1]:5432)";

    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9._-]{0,251}[A-Za-z0-9_])?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,5}");

    private record Scheme(ServiceProtocol protocol, int defaultPort, boolean tls) {
    }

    private static final Map<String, Scheme> SCHEMES = Map.of(
            "tcp", new Scheme(ServiceProtocol.TCP, -1, false),
            "http", new Scheme(ServiceProtocol.HTTP, 80, false),
            "https", new Scheme(ServiceProtocol.HTTP, 443, true),
            "postgres", new Scheme(ServiceProtocol.POSTGRES, 5432, false),
            "postgresql", new Scheme(ServiceProtocol.POSTGRES, 5432, false),
            "redis", new Scheme(ServiceProtocol.REDIS, 6379, false),
            "rediss", new Scheme(ServiceProtocol.REDIS, 6379, true),
            "mysql", new Scheme(ServiceProtocol.MYSQL, 3306, false),
            "kafka", new Scheme(ServiceProtocol.KAFKA, 9092, false));

    private final String scheme;
    private final ServiceProtocol protocol;
    private final String host;
    private final boolean ipv6;
    private final int port;
    private final boolean portGiven;
    private final boolean tls;
    private final String path;
    private final String query;

    private ServiceTarget(String scheme, Scheme kind, String host, boolean ipv6, int port, boolean portGiven,
            String path, String query) {
        this.scheme = scheme;
        this.protocol = kind.protocol();
        this.host = host;
        this.ipv6 = ipv6;
        this.port = port;
        this.portGiven = portGiven;
        this.tls = kind.tls();
        this.path = path;
        this.query = query;
    }

    /**
     * Parses one target.
     *
     * @throws InvalidInputException naming {@value #FIELD} and the entry (without its credentials) when the target
     *                               cannot be used
     */
    public static ServiceTarget parse(String entry) {
        return parse(entry, "");
    }

    /**
     * Parses all targets, in order; an error names the entry by its position.
     *
     * @throws InvalidInputException at the first entry that cannot be used
     */
    public static List<ServiceTarget> parseAll(List<String> entries) {
        List<ServiceTarget> targets = new ArrayList<>();
        if (entries != null) {
            for (int i = 0; i < entries.size(); i++) {
                targets.add(parse(entries.get(i), "entry " + (i + 1) + ", "));
            }
        }
        return targets;
    }

    private static ServiceTarget parse(String raw, String where) {
        if (raw == null || raw.isBlank()) {
            throw bad(where, "", "is empty; write a URI such as postgres://db:5432");
        }
        String entry = raw.strip();
        if (entry.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw bad(where, entry, "contains spaces or control characters");
        }
        int sep = entry.indexOf("://");
        if (sep <= 0) {
            throw bad(where, entry, "is not a URI of the form scheme://host:port");
        }
        String schemeName = entry.substring(0, sep).toLowerCase(Locale.ROOT);
        Scheme kind = SCHEMES.get(schemeName);
        if (kind == null) {
            throw bad(where, entry, "the scheme '" + printable(schemeName) + "' is not supported");
        }
        String rest = entry.substring(sep + 3);
        int end = firstOf(rest, "/?#");
        String authority = rest.substring(0, end);
        String tail = rest.substring(end);
        if (tail.indexOf('@') >= 0) {
            throw bad(where, entry, "has an '@' after the host: put user information before the host and "
                    + "percent-encode '/', '?', '#' and '@' in passwords");
        }
        int at = authority.lastIndexOf('@');
        String hostPort = at >= 0 ? authority.substring(at + 1) : authority;
        String host;
        String portText = null;
        boolean ipv6 = false;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw bad(where, entry, "has an IPv6 address without its closing ']'");
            }
            host = hostPort.substring(1, close);
            ipv6 = true;
            String after = hostPort.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw bad(where, entry, "has '" + printable(after) + "' after the IPv6 address; write [addr]:port");
                }
                portText = after.substring(1);
            }
            if (!IPV6.matcher(host).matches() || host.indexOf(':') < 0 || !isIpv6Literal(host)) {
                throw bad(where, entry, "'" + printable(host) + "' is not an IPv6 address");
            }
        } else {
            int colon = hostPort.indexOf(':');
            if (colon >= 0 && hostPort.indexOf(':', colon + 1) >= 0) {
                throw bad(where, entry, "has more than one ':' in the host; IPv6 addresses go in brackets");
            }
            host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
            portText = colon >= 0 ? hostPort.substring(colon + 1) : null;
            if (host.isEmpty()) {
                throw bad(where, entry, "has no host");
            }
            if (!HOST_NAME.matcher(host).matches()) {
                throw bad(where, entry, "'" + printable(host) + "' is not a valid host name");
            }
        }
        int port = kind.defaultPort();
        boolean portGiven = portText != null;
        if (portGiven) {
            if (!DIGITS.matcher(portText).matches() || Integer.parseInt(portText) < 1
                    || Integer.parseInt(portText) > 65535) {
                throw bad(where, entry, "'" + printable(portText) + "' is not a port (1 to 65535)");
            }
            port = Integer.parseInt(portText);
        } else if (port < 0) {
            throw bad(where, entry, "has no port; " + schemeName + ":// needs one, as in " + schemeName
                    + "://host:port");
        }
        int hash = tail.indexOf('#');
        String beforeFragment = hash >= 0 ? tail.substring(0, hash) : tail;
        int question = beforeFragment.indexOf('?');
        String path = question >= 0 ? beforeFragment.substring(0, question) : beforeFragment;
        String query = question >= 0 ? beforeFragment.substring(question + 1) : "";
        ServiceTarget target = new ServiceTarget(schemeName, kind, host, ipv6, port, portGiven, path, query);
        if (kind.protocol() == ServiceProtocol.HTTP) {
            try {
                target.requestUri();
            } catch (IllegalArgumentException e) {
                throw bad(where, entry, "has a path or query that is not valid in a URL (percent-encode it)");
            }
        }
        return target;
    }

    private static boolean isIpv6Literal(String host) {
        try {
            // A bracketed literal is parsed, never looked up.
            return InetAddress.getByName("[" + host + "]") != null;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static InvalidInputException bad(String where, String entry, String problem) {
        String shown = entry.isEmpty() ? "" : "'" + printable(withoutCredentials(entry)) + "' ";
        return new InvalidInputException(FIELD, where + shown + problem + " (" + ALLOWED + ")");
    }

    /** The entry with everything between "://" and the last '@' removed, however malformed the entry is. */
    static String withoutCredentials(String entry) {
        int at = entry.lastIndexOf('@');
        if (at < 0) {
            return entry;
        }
        int sep = entry.indexOf("://");
        int start = sep >= 0 && sep < at ? sep + 3 : 0;
        return entry.substring(0, start) + entry.substring(at + 1);
    }

    /** A value as it can be shown: control characters escaped, length capped. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < 120; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.length() < s.length() ? b + "..." : b.toString();
    }

    /** The scheme as written, lower case ({@code postgresql}). */
    public String scheme() {
        return scheme;
    }

    /** Which probe checks it. */
    public ServiceProtocol protocol() {
        return protocol;
    }

    /** The host name or address, IPv6 addresses without brackets. */
    public String host() {
        return host;
    }

    /** The port, the scheme's default when none was given. */
    public int port() {
        return port;
    }

    /** Whether the service is spoken to over TLS ({@code https}, {@code rediss}). */
    public boolean tls() {
        return tls;
    }

    /** The path as written ({@code /health}), or empty. */
    public String path() {
        return path;
    }

    /** Host and port as in a URI: {@code db:5432}, {@code [::1]:5432}. */
    public String address() {
        return (ipv6 ? "[" + host + "]" : host) + ":" + port;
    }

    /** The URL an HTTP probe requests: scheme, host, port, path and query, never credentials. */
    public URI requestUri() {
        StringBuilder b = new StringBuilder(scheme).append("://").append(address());
        b.append(path.isEmpty() ? "/" : path);
        if (!query.isEmpty()) {
            b.append('?').append(query);
        }
        try {
            return new URI(b.toString());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The target as the user wrote it, without credentials, the query shown as {@code ?...}. */
    public String display() {
        StringBuilder b = new StringBuilder(scheme).append("://");
        b.append(ipv6 ? "[" + host + "]" : host);
        if (portGiven) {
            b.append(':').append(port);
        }
        b.append(path);
        if (!query.isEmpty()) {
            b.append("?...");
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return display();
    }
}
