package org.studybench.model.io;

import java.util.UUID;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.studybench.model.study.Identified;

/** Stable element ids: a random UUID given once, before an element is first saved, and kept forever. */
public final class Ids {

    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Gives an id to {@code root} and every element below it that has none yet; returns how many it gave. */
    public static int ensureIds(EObject root) {
        int given = assign(root);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            given += assign(it.next());
        }
        return given;
    }

    private static int assign(EObject element) {
        if (element instanceof Identified identified && (identified.getId() == null || identified.getId().isBlank())) {
            identified.setId(newId());
            return 1;
        }
        return 0;
    }
}
