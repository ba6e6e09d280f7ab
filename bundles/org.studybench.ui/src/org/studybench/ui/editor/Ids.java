package org.studybench.ui.editor;

/** Widgets carry a stable id under this data key, for tests and for jump-to-element. */
public final class Ids {

    public static final String KEY = "studybench.id";

    private Ids() {
    }
}
