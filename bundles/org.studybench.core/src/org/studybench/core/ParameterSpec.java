package org.studybench.core;

import java.util.List;
import java.util.Objects;

/**
 * A parameter a comparator (or another contribution) declares, so that any front end can ask for it.
 *
 * @param name         the option name without dashes, e.g. {@code x1}; lower camel case or hyphenated
 * @param type         how the value is parsed
 * @param defaultValue the value used when none is given, as text; {@code null} makes the parameter required
 * @param help         one line for help output and tooltips
 * @param choices      allowed values for {@link ParameterType#CHOICE}, empty otherwise
 * @since 0.1
 */
public record ParameterSpec(String name, ParameterType type, String defaultValue, String help, List<String> choices) {

    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        help = help == null ? "" : help;
        choices = List.copyOf(choices == null ? List.of() : choices);
        if (type == ParameterType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("choice parameter '" + name + "' declares no choices");
        }
    }

    public static ParameterSpec required(String name, ParameterType type, String help) {
        return new ParameterSpec(name, type, null, help, List.of());
    }

    public static ParameterSpec optional(String name, ParameterType type, String defaultValue, String help) {
        return new ParameterSpec(name, type, defaultValue, help, List.of());
    }

    public static ParameterSpec choice(String name, String defaultValue, String help, String... choices) {
        return new ParameterSpec(name, ParameterType.CHOICE, defaultValue, help, List.of(choices));
    }

    public boolean isRequired() {
        return defaultValue == null;
    }
}
