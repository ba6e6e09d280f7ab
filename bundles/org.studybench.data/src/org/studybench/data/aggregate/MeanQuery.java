package org.studybench.data.aggregate;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.studybench.core.InputException;
import org.studybench.data.filter.SqlFilter;
import org.studybench.data.engine.Dialect;
import org.studybench.data.engine.RowSource;
import org.studybench.stats.DesignMean;

/**
 * The design-based mean of a numeric variable of a Parquet dataset, in one SQL pass that returns one
 * row per stratum: y is centred on its unweighted domain mean, summed per PSU (clustered designs) or
 * per respondent (unclustered ones), and the PSU sums are reduced to the stratum moments
 * {@link DesignMean} needs. Without a design every respondent is a PSU of weight 1, which gives the
 * usual t interval. Respondents with y missing or outside the segment's domain stay in the design as
 * PSUs without weight (R: {@code svymean(..., na.rm = TRUE)} on {@code subset(design, ...)}); rows
 * without a weight are left out, as in {@link CrossTab}.
 */
public final class MeanQuery {

    private MeanQuery() {
    }

    public static DesignMean.Result estimate(Path parquet, String variable, CrossTab.Design design, SqlFilter filter, double level) throws InputException {
        return estimate(new RowSource.ParquetFile(parquet), variable, design, filter, level);
    }

    /** The mean from rows anywhere (a Parquet file or an external engine), in the source engine's dialect. */
    public static DesignMean.Result estimate(RowSource source, String variable, CrossTab.Design design, SqlFilter filter, double level) throws InputException {
        Dialect dialect = source.dialect();
        String w = design.weightSql(dialect);
        String h = design.strata() == null ? "''" : dialect.text(dialect.identifier(design.strata()));
        String inside = filter == null ? "TRUE" : "coalesce((" + filter.sql() + "), FALSE)";
        String hasWeight = design.hasWeightSql(dialect);
        String y = dialect.number(dialect.identifier(variable));
        String psu = design.cluster() == null ? "NULL" : dialect.text(dialect.identifier(design.cluster()));
        // respondents outside the domain enter the PSU sums with weight 0, so broken weights are counted on their own
        String broken = dialect.stopsOnBrokenWeight() ? "0" : "(SELECT count(*) FROM d WHERE w = " + dialect.number("'NaN'") + ")";
        String psuSums = design.cluster() == null
                ? "SELECT h, CASE WHEN inside THEN w ELSE 0 END AS pw, CASE WHEN inside THEN w * (y - c) ELSE 0 END AS py, "
                        + "CASE WHEN inside THEN 1 ELSE 0 END AS n FROM d, centre"
                : "SELECT h, sum(CASE WHEN inside THEN w ELSE 0 END) AS pw, sum(CASE WHEN inside THEN w * (y - c) ELSE 0 END) AS py, "
                        + "count(*) FILTER (WHERE inside) AS n FROM d, centre GROUP BY h, psu";
        String sql = "WITH d AS (SELECT " + y + " AS y, " + w + " AS w, " + h + " AS h, " + psu + " AS psu, " + inside + " AND " + y
                + " IS NOT NULL AS inside FROM " + source.fromSql() + hasWeight + "), "
                + "centre AS (SELECT coalesce(avg(y) FILTER (WHERE inside), 0) AS c FROM d), "
                + "p AS (" + psuSums + ") "
                + "SELECT h, count(*), count(*) FILTER (WHERE pw > 0), sum(pw), sum(py), sum(pw * pw), sum(pw * py), sum(py * py), sum(n), "
                + "(SELECT c FROM centre), " + broken + " FROM p GROUP BY h ORDER BY h";
        try (Connection connection = source.connect(); PreparedStatement s = connection.prepareStatement(sql)) {
            if (filter != null) {
                filter.bind(s);
            }
            DesignMean mean = null;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getLong(11) > 0) { // NaN: a broken weight where the engine cannot stop the query (Dialect.checkedWeight)
                        throw new InputException(source.name() + ": " + Dialect.brokenWeight(design.weight()));
                    }
                    if (mean == null) {
                        mean = new DesignMean(rs.getDouble(10));
                    }
                    mean.addPsus(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7),
                            rs.getDouble(8));
                    mean.addObservations(rs.getLong(9));
                }
            }
            if (mean == null) {
                throw new InputException(source.name() + ": the dataset has no rows" + (design.weight() == null ? "" : " with a weight"));
            }
            return mean.estimate(level);
        } catch (SQLException e) {
            throw new InputException(source.name() + ": " + variable + ": " + source.message(e), e);
        } catch (IllegalArgumentException e) {
            throw new InputException(source.name() + ": mean of " + variable + (filter == null ? "" : " in the segment") + ": " + e.getMessage(), e);
        }
    }
}
