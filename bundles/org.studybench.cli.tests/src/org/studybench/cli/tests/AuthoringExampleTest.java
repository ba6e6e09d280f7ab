package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.cli.tests.CliRunner.Run;
import org.studybench.core.workflow.AuthoringWorkflow;
import org.studybench.model.io.StudyResources;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Finding;
import org.studybench.model.study.Identified;
import org.studybench.model.study.Origin;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyPackage;

/**
 * Runs the commands of examples/rebuild-examples.sh in-process and checks that they rebuild the committed
 * Ipsos 2013 study element by element. Ids are fresh (the committed ones are not derived from anything the
 * commands know); what StudyBench computes (results, input hashes, a computed finding's estimates, the
 * dataset's rows and dictionary) is left to report and import and not compared.
 */
class AuthoringExampleTest {

    private static final Path SCRIPT = CliRunner.REPO.resolve("examples/rebuild-examples.sh");

    /** Only the dataset's settings that the script sets; the rest comes from the data file. */
    private static final Set<String> DATASET_SETTINGS = Set.of("name", "label", "synthetic", "description");

    @TempDir
    Path dir;

    @Test
    void theScriptRebuildsTheIpsosStudy() throws Exception {
        Path study = dir.resolve("ipsos-2013.study");
        // the script imports the seeded generator's 10,000 rows; a few rows with the same columns serve here
        Files.writeString(dir.resolve("respondents.csv"), """
                respondent,country,size,weight,colleagues,security,productivity,it_barrier,image_regulation,data_loss_regulation
                1,IT,large,1.2,yes,yes,no,no,yes,no
                2,DE,SME,0.8,no,yes,yes,no,no,yes
                3,FR,SME,1.0,yes,no,no,yes,no,no
                4,IT,large,1.0,no,no,yes,yes,yes,no
                """);
        List<List<String>> commands = commands(Files.readString(SCRIPT), study, dir);
        assertTrue(commands.size() > 30, "the script's commands were found: " + commands.size());
        int run = 0;
        for (List<String> command : commands) {
            if (command.get(0).equals("report")) {
                continue; // recomputes what is not compared; ReportCommandTest covers it
            }
            Run result = CliRunner.run(command.toArray(String[]::new));
            assertEquals(0, result.exitCode(), String.join(" ", command) + "\n" + result.err());
            run++;
        }
        assertTrue(run > 30);

        Study expected = StudyResources.load(CliRunner.IPSOS);
        Study actual = StudyResources.load(study);
        AuthoringWorkflow authoring = CliRunner.service(AuthoringWorkflow.class);
        assertEquals(List.of(), differences(expected, actual, "study", authoring));

        // the comparison sees a changed label, a reference to another element and a missing estimate
        actual.getSegments().get(1).setLabel("Small firms");
        actual.getComparisons().get(0).getSegments().remove(1);
        actual.getFindings().get(0).getEstimates().remove(0);
        assertEquals(List.of("study.segments[1].label: expected SMEs, got Small firms", "study.findings[0].estimates: expected 2 elements, got 1",
                "study.comparisons[0].segments: expected [Segment large, Segment sme], got [Segment large]"), differences(expected, actual, "study", authoring));
    }

    /** Differences between two elements: every setting but ids and computed values, references by name. */
    private static List<String> differences(EObject expected, EObject actual, String where, AuthoringWorkflow authoring) {
        List<String> out = new ArrayList<>();
        if (expected.eClass() != actual.eClass()) {
            out.add(where + ": " + expected.eClass().getName() + " vs " + actual.eClass().getName());
            return out;
        }
        for (EStructuralFeature feature : expected.eClass().getEAllStructuralFeatures()) {
            if (authoring.isComputed(feature) || expected instanceof Dataset && !DATASET_SETTINGS.contains(feature.getName())
                    || expected instanceof Finding f && f.getOrigin() == Origin.COMPUTED && feature == StudyPackage.Literals.FINDING__ESTIMATES) {
                continue;
            }
            String at = where + "." + feature.getName();
            Object e = expected.eGet(feature);
            Object a = actual.eGet(feature);
            if (feature instanceof EAttribute) {
                if (!java.util.Objects.equals(e, a)) {
                    out.add(at + ": expected " + e + ", got " + a);
                }
            } else if (((EReference) feature).isContainment()) {
                List<?> es = feature.isMany() ? (List<?>) e : e == null ? List.of() : List.of(e);
                List<?> as = feature.isMany() ? (List<?>) a : a == null ? List.of() : List.of(a);
                if (es.size() != as.size()) {
                    out.add(at + ": expected " + es.size() + " elements, got " + as.size());
                    continue;
                }
                for (int i = 0; i < es.size(); i++) {
                    out.addAll(differences((EObject) es.get(i), (EObject) as.get(i), at + "[" + i + "]", authoring));
                }
            } else if (!names(e).equals(names(a))) {
                out.add(at + ": expected " + names(e) + ", got " + names(a));
            }
        }
        if (expected instanceof Identified && ((Identified) actual).getId() == null) {
            out.add(where + ": has no id");
        }
        return out;
    }

    private static List<String> names(Object referred) {
        List<?> list = referred instanceof List<?> l ? l : referred == null ? List.of() : List.of(referred);
        List<String> names = new ArrayList<>();
        for (Object o : list) {
            EObject element = (EObject) o;
            EStructuralFeature name = element.eClass().getEStructuralFeature("name");
            names.add(element.eClass().getName() + " " + (name != null ? element.eGet(name) : element.eGet(element.eClass().getEStructuralFeature("title"))));
        }
        return names;
    }

    /**
     * The script's StudyBench commands ({@code $sb ...} lines with their continuations), split into arguments
     * as the shell would: single quotes, double quotes and backslashes; {@code $study} and {@code $data} expanded.
     */
    static List<List<String>> commands(String script, Path study, Path data) {
        List<List<String>> commands = new ArrayList<>();
        String joined = script.replace("\\\n", " ");
        for (String line : joined.split("\n")) {
            if (!line.startsWith("$sb ")) {
                continue;
            }
            List<String> words = new ArrayList<>();
            StringBuilder word = null;
            char quote = 0;
            String text = line.substring(4);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote == '\'') {
                    if (c == '\'') {
                        quote = 0;
                    } else {
                        word.append(c);
                    }
                } else if (c == '\'' || c == '"') {
                    word = word == null ? new StringBuilder() : word;
                    quote = quote == c ? 0 : quote == 0 ? c : quote;
                    if (quote == '"' && c == '\'') {
                        word.append(c);
                    }
                } else if (c == '\\' && i + 1 < text.length()) {
                    word = word == null ? new StringBuilder() : word;
                    word.append(text.charAt(++i));
                } else if (c == '$') {
                    word = word == null ? new StringBuilder() : word;
                    int end = i + 1;
                    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                        end++;
                    }
                    String variable = text.substring(i + 1, end);
                    word.append(switch (variable) {
                        case "study" -> study.toString();
                        case "data", "out" -> data.toString();
                        default -> throw new IllegalArgumentException("the test does not know $" + variable + " in: " + line);
                    });
                    i = end - 1;
                } else if (Character.isWhitespace(c) && quote == 0) {
                    if (word != null) {
                        words.add(word.toString());
                        word = null;
                    }
                } else {
                    word = word == null ? new StringBuilder() : word;
                    word.append(c);
                }
            }
            if (word != null) {
                words.add(word.toString());
            }
            commands.add(words);
        }
        return commands;
    }
}
