package org.studybench.stats;

/** The few dense-matrix operations the Rao-Scott adjustment needs (matrices of a table's size). */
final class Matrices {

    private Matrices() {
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int m = b[0].length;
        int k = b.length;
        double[][] out = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < k; l++) {
                double v = a[i][l];
                if (v != 0) {
                    for (int j = 0; j < m; j++) {
                        out[i][j] += v * b[l][j];
                    }
                }
            }
        }
        return out;
    }

    static double[][] transpose(double[][] a) {
        double[][] out = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[j][i] = a[i][j];
            }
        }
        return out;
    }

    /** Solves A X = B by Gaussian elimination with partial pivoting. */
    static double[][] solve(double[][] a, double[][] b) {
        int n = a.length;
        double[][] m = new double[n][];
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
            x[i] = b[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][col]) < 1e-300) {
                throw new IllegalArgumentException("singular matrix: the table has empty rows or columns");
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            t = x[col];
            x[col] = x[pivot];
            x[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                if (f != 0) {
                    for (int c = col; c < n; c++) {
                        m[r][c] -= f * m[col][c];
                    }
                    for (int c = 0; c < x[r].length; c++) {
                        x[r][c] -= f * x[col][c];
                    }
                }
            }
        }
        for (int col = n - 1; col >= 0; col--) {
            for (int c = 0; c < x[col].length; c++) {
                double v = x[col][c];
                for (int k = col + 1; k < n; k++) {
                    v -= m[col][k] * x[k][c];
                }
                x[col][c] = v / m[col][col];
            }
        }
        return x;
    }

    /** Y minus its least-squares projection on the columns of X (R's qr.resid(qr(X), Y)). */
    static double[][] residual(double[][] x, double[][] y) {
        double[][] xt = transpose(x);
        double[][] beta = solve(multiply(xt, x), multiply(xt, y));
        double[][] fitted = multiply(x, beta);
        double[][] out = new double[y.length][y[0].length];
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[0].length; j++) {
                out[i][j] = y[i][j] - fitted[i][j];
            }
        }
        return out;
    }

    static double trace(double[][] a) {
        double t = 0;
        for (int i = 0; i < a.length; i++) {
            t += a[i][i];
        }
        return t;
    }
}
