package org.studybench.data.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The servers a study's engine datasets may name. A study file is not trusted (as its data files'
 * places are not, see {@link DataFiles}), but the credentials an engine sends come from the user's
 * environment (PGPASSWORD, TRINO_PASSWORD): a study naming a server of someone else's choosing could
 * have them sent there. So a URL recorded in a study may name this machine (loopback) or a server listed
 * in {@value #VARIABLE}; URLs typed on the command line or in the import wizard are the user's own and
 * are not limited.
 */
final class EngineHosts {

    /** Host names (or addresses) separated by commas or spaces. */
    static final String VARIABLE = "STUDYBENCH_ENGINE_HOSTS";
    /** The system property of the same meaning, which wins (as the data store's settings). */
    static final String PROPERTY = "studybench.engine.hosts";

    /** A URL parameter that names the server: PGHOST, host, ... */
    private static final java.util.regex.Pattern HOST_PARAMETER = java.util.regex.Pattern.compile("(?i)[?&;](?:pg)?host=([^&;]*)");

    private EngineHosts() {
    }

    /** The URL's host when it is neither loopback nor listed in {@value #VARIABLE}; null when it may be used. */
    static String untrusted(String url) {
        return untrusted(url, System.getProperty(PROPERTY, System.getenv(VARIABLE)));
    }

    static String untrusted(String url, String listed) {
        Set<String> trusted = listed == null ? Set.of()
                : Arrays.stream(listed.split("[,\\s]+")).filter(h -> !h.isEmpty()).map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (String host : hosts(url)) { // (no host: the driver's default, this machine)
            if (!isLoopback(host) && !trusted.contains(host)) {
                return host;
            }
        }
        return null;
    }

    /**
     * The hosts of {@code jdbc:ENGINE://[user@]HOST[:PORT][,HOST[:PORT]...]/...} (PostgreSQL's driver
     * takes several, for fail-over), lower case, brackets of an IPv6 address removed.
     */
    static java.util.List<String> hosts(String url) {
        int start = url.indexOf("//");
        if (start < 0) {
            return java.util.List.of();
        }
        String authority = url.substring(start + 2);
        int end = authority.length();
        for (char c : new char[] { '/', '?', ';' }) {
            int i = authority.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        authority = authority.substring(0, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        // a driver parameter may name the server too (PostgreSQL's PGHOST overrides the URL's host)
        java.util.regex.Matcher parameter = HOST_PARAMETER.matcher(url);
        while (parameter.find()) {
            authority += "," + java.net.URLDecoder.decode(parameter.group(1), java.nio.charset.StandardCharsets.UTF_8);
        }
        java.util.List<String> hosts = new java.util.ArrayList<>();
        for (String one : authority.split(",")) {
            String host;
            if (one.startsWith("[")) {
                int close = one.indexOf(']');
                host = close > 0 ? one.substring(1, close) : one;
            } else {
                int colon = one.indexOf(':');
                host = colon >= 0 ? one.substring(0, colon) : one;
            }
            if (!host.isEmpty()) {
                hosts.add(host.toLowerCase(Locale.ROOT));
            }
        }
        return hosts;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("::1") || host.matches("127(\\.\\d{1,3}){3}");
    }
}
