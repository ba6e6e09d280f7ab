package org.studybench.workflow.internal;

import java.nio.file.Path;

/** File names as the workflows use them for what they write. */
final class FileNames {

    private FileNames() {
    }

    /** The file name without its extension: {@code ipsos-2013.study} → {@code ipsos-2013}. */
    static String withoutExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
