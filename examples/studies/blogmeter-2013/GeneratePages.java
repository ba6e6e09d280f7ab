import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * SYNTHETIC data for the Blogmeter 2013 example: 2,200 Italian corporate Facebook pages observed for up
 * to 18 months. Not the real pages: a seeded generator made to agree with the published facts (only 3%
 * of pages, i.e. 66, replied to at least 500 user posts; most pages answer few posts, slowly).
 * Same seed, same file. Run: java GeneratePages.java pages.csv
 */
public class GeneratePages {

    static final String[] SECTORS = { "telco & utilities", "banking & insurance", "retail", "food & beverage", "fashion", "automotive",
            "media & travel", "other" };
    static final double[] SECTOR_SPEED = { 0.35, 0.6, 0.9, 1.2, 1.4, 1.1, 0.9, 1.3 }; // median reply time factors

    public static void main(String[] args) throws IOException {
        int pages = 2200;
        int busy = 66; // 3% replied to at least 500 user posts
        SplittableRandom random = new SplittableRandom(20130611);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(20130611));
        List<Integer> busyPages = order.subList(0, busy);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            out.println("page,sector,months_active,user_posts,replies,reply_share,median_reply_hours,replied_500");
            for (int i = 0; i < pages; i++) {
                int s = random.nextInt(SECTORS.length);
                int months = 1 + random.nextInt(18);
                int posts;
                int replies;
                if (busyPages.contains(i)) {
                    posts = 850 + (int) Math.round(Math.exp(6.5 + random.nextDouble() * 1.6));
                    double share = 0.6 + 0.38 * random.nextDouble();
                    replies = (int) Math.round(posts * share);
                } else {
                    posts = (int) Math.round(Math.exp(1.5 + 4.6 * random.nextDouble()) * months / 9.0);
                    double share = Math.pow(random.nextDouble(), 2.4);
                    if (random.nextDouble() < 0.28) {
                        share = 0; // never answers
                    }
                    replies = Math.min(499, (int) Math.round(posts * share));
                }
                String hours = "";
                if (replies > 0) {
                    double median = Math.exp(Math.log(18) + 1.25 * gaussian(random)) * SECTOR_SPEED[s] * (busyPages.contains(i) ? 0.25 : 1);
                    hours = String.format(Locale.ROOT, "%.2f", Math.max(0.05, median));
                }
                String share = posts == 0 ? "" : String.format(Locale.ROOT, "%.4f", (double) replies / posts);
                out.println(String.format(Locale.ROOT, "%s %04d,%s,%d,%d,%d,%s,%s,%s", name(s), i + 1, quote(SECTORS[s]), months, posts, replies, share, hours,
                        replies >= 500 ? "yes" : "no"));
            }
        }
    }

    static String name(int sector) {
        String s = SECTORS[sector].split(" ")[0];
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String quote(String s) {
        return s.contains(",") ? "\"" + s + "\"" : s;
    }

    static double gaussian(SplittableRandom r) {
        double u = Math.max(1e-12, r.nextDouble());
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
