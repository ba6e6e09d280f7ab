import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded synthetic survey for the end-to-end data benchmark: N respondents × 60 variables.
 * 50 strata (regions) of 40 clusters (PSUs) each; a design weight per cluster times a
 * non-response adjustment per respondent; country (32), firm size, age band, sector; 40 items
 * (yes/no and 5-point Likert) whose answers depend on size and country so tables have real effects;
 * 11 numeric variables. Same seed, same file.
 *
 * Run: java bench/data/GenerateSurvey.java OUT.csv [ROWS] [SEED]
 */
public class GenerateSurvey {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20130701;
        SplittableRandom random = new SplittableRandom(seed);
        String[] countries = new String[32];
        for (int c = 0; c < 32; c++) {
            countries[c] = "C" + (c < 10 ? "0" : "") + c;
        }
        String[] ages = { "18-29", "30-44", "45-59", "60+" };
        String[] sectors = { "manufacturing", "retail", "services", "public", "finance", "other" };
        double[] clusterWeight = new double[2000];
        for (int k = 0; k < clusterWeight.length; k++) {
            clusterWeight[k] = 50 + 150 * random.nextDouble();
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            StringBuilder header = new StringBuilder("id,weight,stratum,psu,country,size,age,sector");
            for (int q = 1; q <= 40; q++) {
                header.append(",q").append(q);
            }
            for (int x = 1; x <= 12; x++) {
                header.append(",x").append(x);
            }
            w.write(header.append('\n').toString());
            StringBuilder line = new StringBuilder(512);
            for (long i = 1; i <= rows; i++) {
                int psu = random.nextInt(2000);
                int stratum = psu / 40;
                int country = (stratum * 32 / 50 + random.nextInt(3)) % 32;
                boolean sme = random.nextDouble() < 0.6;
                double weight = clusterWeight[psu] * (0.7 + 0.6 * random.nextDouble());
                line.setLength(0);
                line.append(i).append(',').append(String.format(Locale.ROOT, "%.3f", weight)).append(",S").append(stratum).append(",P").append(psu)
                        .append(',').append(countries[country]).append(',').append(sme ? "SME" : "large").append(',')
                        .append(ages[random.nextInt(ages.length)]).append(',').append(sectors[random.nextInt(sectors.length)]);
                double lift = (sme ? 0.08 : -0.05) + (country - 16) * 0.004;
                for (int q = 1; q <= 40; q++) {
                    if (random.nextDouble() < 0.02) {
                        line.append(','); // item non-response
                    } else if (q % 2 == 1) {
                        double p = 0.25 + 0.5 * ((q * 37) % 100) / 100.0 + lift;
                        line.append(',').append(random.nextDouble() < p ? "yes" : "no");
                    } else {
                        double u = random.nextDouble() + lift;
                        line.append(',').append(Math.max(1, Math.min(5, 1 + (int) (u * 5))));
                    }
                }
                for (int x = 1; x <= 12; x++) {
                    line.append(',').append(String.format(Locale.ROOT, "%.2f", 10 * x + 5 * random.nextDouble() + (sme ? 1 : 0)));
                }
                w.write(line.append('\n').toString());
            }
        }
    }
}
