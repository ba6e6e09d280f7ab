package org.studybench.compare.internal;

import org.studybench.core.InputException;
import org.studybench.stats.DesignMoments;

/** Reads PSU tables (stratum code, weight total, category totals...) into design moments. */
final class DesignArguments {

    private DesignArguments() {
    }

    /** Rows: stratum, W, T (weighted count of the level): categories "not level" = W − T and "level" = T. */
    static DesignMoments proportionMoments(double[][] psus) throws InputException {
        if (psus[0].length != 3) {
            throw new InputException("--psus: each row needs 3 values (stratum, weight total, weighted count), got " + psus[0].length);
        }
        DesignMoments moments = new DesignMoments(2);
        for (int i = 0; i < psus.length; i++) {
            double w = psus[i][1];
            double t = psus[i][2];
            if (t > w * (1 + 1e-12)) {
                throw new InputException("--psus: row " + (i + 1) + " has a weighted count " + t + " above its weight total " + w);
            }
            moments.addPsu(stratum(psus[i][0]), w, new double[] { w - t, t });
        }
        return moments;
    }

    /** Rows: stratum, W, then the cells of a rows × cols table in column-major order (R's interaction order). */
    static DesignMoments tableMoments(double[][] psus, int rows, int cols) throws InputException {
        if (psus[0].length != 2 + rows * cols) {
            throw new InputException("--psus: each row needs " + (2 + rows * cols) + " values (stratum, weight total, " + rows * cols
                    + " cell totals), got " + psus[0].length);
        }
        DesignMoments moments = new DesignMoments(rows * cols);
        for (double[] psu : psus) {
            moments.addPsu(stratum(psu[0]), psu[1], java.util.Arrays.copyOfRange(psu, 2, psu.length));
        }
        return moments;
    }

    private static String stratum(double code) {
        return code == Math.rint(code) ? Long.toString((long) code) : Double.toString(code);
    }
}
