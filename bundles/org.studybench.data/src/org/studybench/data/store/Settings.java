package org.studybench.data.store;

/**
 * The product's settings of the data store: an environment variable (what a server's service file or
 * a shell sets), or a system property of the same meaning, which wins (tests, STUDYBENCH_VMARGS).
 */
final class Settings {

    private Settings() {
    }

    /** The setting's text, trimmed, or null when neither the property nor the variable is set (or both are blank). */
    static String get(String property, String environment) {
        String given = System.getProperty(property);
        if (given == null || given.isBlank()) {
            given = System.getenv(environment);
        }
        return given == null || given.isBlank() ? null : given.trim();
    }
}
