package org.studybench.stats;

/** The alternative hypothesis, named as in R. */
public enum Alternative {
    TWO_SIDED("two.sided"), LESS("less"), GREATER("greater");

    private final String id;

    Alternative(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Alternative of(String id) {
        for (Alternative a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown alternative '" + id + "'; expected two.sided, less or greater");
    }
}
