import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * SYNTHETIC questionnaire answers for the Blogmeter 2013 example: 150 Italian companies. Not Blogmeter's
 * answers: made so that every published share comes out exactly as published (rounded), and so that a
 * table of the questionnaire by strategy has something to show.
 * <ul>
 * <li>strategy: 90 of 150 (60%) have a strategy for using social networks;</li>
 * <li>importance (asked of the 90 with a strategy, 1 = of no importance at all ... 4 = very important):
 * 6 (7%) none, 26 more of little importance (35% little or none), 38 important, 20 very important;</li>
 * <li>causes of delay (several answers, asked of all 150): lack of time 65 (43%), indicators 60 (40%),
 * culture 50 (33%); companies without a strategy cite lack of time and culture more often.</li>
 * </ul>
 * Which company gives which answer is shuffled with a fixed seed: same seed, same file.
 * Run: java GenerateCompanies.java companies.csv
 */
public class GenerateCompanies {

    public static void main(String[] args) throws IOException {
        Random random = new Random(20130520);
        List<String[]> rows = new ArrayList<>();
        // with a strategy: importance counts, and how many of them cite each cause
        rows.addAll(group(random, "yes", 90, new int[] { 6, 26, 38, 20 }, 30, 36, 20));
        // without a strategy: importance not asked
        rows.addAll(group(random, "no", 60, null, 35, 24, 30));
        Collections.shuffle(rows, random);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            out.println("company,strategy,importance,cause_time,cause_indicators,cause_culture");
            for (int i = 0; i < rows.size(); i++) {
                out.println((i + 1) + "," + String.join(",", rows.get(i)));
            }
        }
    }

    /** {@code n} companies with strategy answer {@code strategy}: importance codes by count (or empty), and each cause cited by so many. */
    private static List<String[]> group(Random random, String strategy, int n, int[] importance, int time, int indicators, int culture) {
        List<String> importances = new ArrayList<>();
        if (importance != null) {
            for (int code = 0; code < importance.length; code++) {
                importances.addAll(Collections.nCopies(importance[code], Integer.toString(code + 1)));
            }
        } else {
            importances.addAll(Collections.nCopies(n, ""));
        }
        Collections.shuffle(importances, random);
        List<String> times = cited(random, n, time);
        List<String> indicatorsCited = cited(random, n, indicators);
        List<String> cultures = cited(random, n, culture);
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new String[] { strategy, importances.get(i), times.get(i), indicatorsCited.get(i), cultures.get(i) });
        }
        return out;
    }

    private static List<String> cited(Random random, int n, int yes) {
        List<String> answers = new ArrayList<>(Collections.nCopies(yes, "yes"));
        answers.addAll(Collections.nCopies(n - yes, "no"));
        Collections.shuffle(answers, random);
        return answers;
    }
}
