package org.studybench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.studybench.core.InputException;
import org.studybench.core.Problem;
import org.studybench.core.workflow.AuthoringWorkflow;
import org.studybench.model.study.Finding;
import org.studybench.model.study.Identified;
import org.studybench.model.study.Study;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * What {@code add}, {@code set} and {@code remove} share: the element named on the command line, its
 * settings from {@code --set}/{@code --param}/{@code --estimate}, and the save that refuses a change
 * adding a validation error (the messages the workbench shows).
 */
abstract class AuthoringCommand implements Callable<Integer> {

    @ParentCommand
    StudyBenchCommand root;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path file;

    @Parameters(index = "1", paramLabel = "KIND", description = "segment, finding, comparison, chart, report, section (--in REPORT), source, instrument, ...")
    String kind;

    @Parameters(index = "2", paramLabel = "NAME", description = "The element's name (a section's title).")
    String name;

    @Option(names = "--in", paramLabel = "PARENT", description = "The element that holds it: the report of a section.")
    String parent;

    @Option(names = "--json", description = "Print the element as JSON.")
    boolean json;

    AuthoringWorkflow authoring() {
        return root.services.authoring();
    }

    /** A workflow's message, prefixed with the study file as every input error of the CLI is. */
    InputException inStudy(InputException e) {
        return new InputException(file + ": " + e.getMessage(), e.getCause());
    }

    /** Error messages by how often they occur, so that a change is judged by the errors it adds. */
    Map<String, Integer> errors(Study study) {
        Map<String, Integer> errors = new HashMap<>();
        for (Problem p : root.services.studies().validate(study)) {
            if (p.severity() == Problem.Severity.ERROR) {
                errors.merge(p.message(), 1, Integer::sum);
            }
        }
        return errors;
    }

    /** Saves unless the change added an error; errors the study had before do not block it. */
    void saveChecked(Study study, Map<String, Integer> before) throws InputException {
        List<String> added = new ArrayList<>();
        for (Map.Entry<String, Integer> error : errors(study).entrySet()) {
            if (error.getValue() > before.getOrDefault(error.getKey(), 0)) {
                added.add(error.getKey());
            }
        }
        if (!added.isEmpty()) {
            added.sort(null);
            throw new InputException(file + ": not saved, the change would make the study invalid: " + String.join("; ", added));
        }
        root.services.studies().save(study, file);
    }

    /** What {@code add} or {@code set} does to the loaded study: the element it made or changed. */
    interface Change {
        EObject apply(Study study) throws InputException;
    }

    /** Loads, changes, validates and saves the study, then prints the element ({@code verb}: added, changed). */
    Integer changeAndSave(Change change, String verb) throws InputException {
        Study study = root.load(file);
        Map<String, Integer> before = errors(study);
        EObject element;
        try {
            element = change.apply(study);
        } catch (InputException e) {
            throw inStudy(e);
        }
        saveChecked(study, before);
        if (json) {
            Json.print(root.out(), toJson(element));
        } else {
            root.out().println(file + ": " + verb + " " + authoring().describe(element)
                    + (verb.equals("added") ? " (id " + ((Identified) element).getId() + ")" : ""));
        }
        return ExitCode.OK;
    }

    /** Applies {@code --set}, {@code --param} and {@code --estimate}, in that order (a chart's kind decides its options). */
    void apply(EObject element, SettingOptions settings) throws InputException {
        for (String set : settings.sets) {
            String[] pair = pair(set, "--set FEATURE=VALUE");
            authoring().set(element, pair[0], pair[1]);
        }
        for (String param : settings.params) {
            String[] pair = pair(param, "--param NAME=VALUE");
            authoring().setParameter(element, pair[0], pair[1]);
        }
        if (!settings.estimates.isEmpty() && !(element instanceof Finding)) {
            throw new InputException(authoring().describe(element) + ": only findings have estimates");
        }
        for (String estimate : settings.estimates) {
            setEstimate((Finding) element, estimate);
        }
        for (String item : settings.items) {
            int colon = item.indexOf(':');
            if (colon < 0) {
                throw new InputException("'" + item + "' is not of the form --item LIST:FEATURE=VALUE[;FEATURE=VALUE]...");
            }
            authoring().addItem(element, item.substring(0, colon).trim(), settings(item.substring(colon + 1), "--item LIST:FEATURE=VALUE[;FEATURE=VALUE]..."));
        }
    }

    /** {@code SEGMENT=VALUE[:N][;FEATURE=VALUE]...}; an empty segment is the whole sample. */
    private void setEstimate(Finding finding, String text) throws InputException {
        String[] parts = text.split(";");
        String[] head = pair(parts[0], "--estimate SEGMENT=VALUE[:N][;FEATURE=VALUE]...");
        Map<String, String> settings = new LinkedHashMap<>();
        int colon = head[1].indexOf(':');
        settings.put("value", colon < 0 ? head[1] : head[1].substring(0, colon));
        if (colon >= 0) {
            settings.put("n", head[1].substring(colon + 1));
        }
        settings.putAll(settings(text.substring(parts[0].length()), "--estimate SEGMENT=VALUE[:N][;FEATURE=VALUE]..."));
        authoring().setEstimate(finding, head[0].trim(), settings);
    }

    /** {@code FEATURE=VALUE;FEATURE=VALUE...}, empty parts skipped. */
    private static Map<String, String> settings(String text, String form) throws InputException {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            if (!part.isBlank()) {
                String[] setting = pair(part, form);
                settings.put(setting[0], setting[1]);
            }
        }
        return settings;
    }

    private static String[] pair(String text, String form) throws InputException {
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new InputException("'" + text + "' is not of the form " + form);
        }
        return new String[] { text.substring(0, eq).trim(), text.substring(eq + 1) };
    }

    /** The element as {@code --json} prints it: id, kind, name and every setting it has, references by name. */
    Map<String, Object> toJson(EObject element) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", kind);
        json.putAll(features(element));
        return json;
    }

    private static Map<String, Object> features(EObject element) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            if (!element.eIsSet(feature) || feature.isTransient()) {
                continue;
            }
            Object value = element.eGet(feature);
            if (feature instanceof EAttribute attribute) {
                if (attribute.isMany()) {
                    json.put(feature.getName(), ((List<?>) value).stream().map(v -> EcoreUtil.convertToString(attribute.getEAttributeType(), v)).toList());
                } else {
                    json.put(feature.getName(), value instanceof Number || value instanceof Boolean ? value
                            : EcoreUtil.convertToString(attribute.getEAttributeType(), value));
                }
            } else if (((EReference) feature).isContainment()) {
                json.put(feature.getName(), feature.isMany() ? ((List<?>) value).stream().map(v -> features((EObject) v)).toList() : features((EObject) value));
            } else {
                json.put(feature.getName(), feature.isMany() ? ((List<?>) value).stream().map(v -> nameOf((EObject) v)).toList() : nameOf((EObject) value));
            }
        }
        return json;
    }

    private static String nameOf(EObject element) {
        for (String candidate : List.of("name", "title", "id")) {
            EStructuralFeature feature = element.eClass().getEStructuralFeature(candidate);
            if (feature != null && element.eGet(feature) instanceof String text) {
                return text;
            }
        }
        return null;
    }
}
