import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * SYNTHETIC respondents for the Ipsos 2013 example: 10,000 end users in 32 countries, each in an SME
 * or a large enterprise, with a survey weight. Not Ipsos's data: a seeded generator whose weighted
 * margins match the published shares of large-firm and SME users (71% vs 60% see security as a risk,
 * ...). Countries differ a little around those shares, and group sizes vary by country, so per-country
 * tests have the ~310 respondents the report discusses. Same seed, same file.
 * Run: java GenerateRespondents.java respondents.csv
 */
public class GenerateRespondents {

    /** Published shares, large enterprises then SMEs, in the study's finding order. */
    static final String[] ITEMS = { "colleagues", "security", "productivity", "it_barrier", "image_regulation", "data_loss_regulation" };
    static final double[][] SHARES = { { 0.70, 0.70 }, { 0.71, 0.60 }, { 0.58, 0.59 }, { 0.41, 0.36 }, { 0.27, 0.21 }, { 0.25, 0.22 } };

    public static void main(String[] args) throws IOException {
        int n = 10_000;
        SplittableRandom random = new SplittableRandom(20130701);
        double[] countryShift = new double[32];
        for (int c = 0; c < 32; c++) {
            countryShift[c] = (random.nextDouble() - 0.5) * 0.08; // countries differ by up to ±4 points
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            StringBuilder header = new StringBuilder("respondent,country,size,weight");
            for (String item : ITEMS) {
                header.append(',').append(item);
            }
            out.println(header);
            for (int i = 0; i < n; i++) {
                int country = random.nextInt(32);
                boolean sme = random.nextDouble() < 0.5;
                // Design weights correct an over-represented group of large-firm users in half the countries.
                double weight = (country % 2 == 0 && !sme ? 0.8 : 1.0) * (0.85 + 0.3 * random.nextDouble());
                StringBuilder line = new StringBuilder();
                line.append(String.format(Locale.ROOT, "R%05d,C%02d,%s,%.4f", i + 1, country + 1, sme ? "SME" : "large", weight));
                for (int k = 0; k < ITEMS.length; k++) {
                    double p = SHARES[k][sme ? 1 : 0] + countryShift[country] * (k == 0 ? 0 : 1);
                    line.append(',').append(random.nextDouble() < p ? "yes" : "no");
                }
                out.println(line);
            }
        }
    }
}
