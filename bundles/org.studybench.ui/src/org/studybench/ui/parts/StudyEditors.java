package org.studybench.ui.parts;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Opens .study files in editor parts of the editor stack: one editor per file (the same file by any
 * path, symbolic links included), and the opened editor comes to the front, active. A closed editor
 * leaves the application model ({@link EPartService#REMOVE_ON_HIDE_TAG}), so opening its file again
 * makes a fresh editor from the file, and it never comes back by itself.
 */
public final class StudyEditors {

    public static final String EDITOR_DESCRIPTOR = "org.studybench.ui.partdescriptor.studyeditor";
    public static final String EDITOR_STACK = "org.studybench.ui.partstack.editors";
    public static final String FILE_KEY = "studybench.file";

    private StudyEditors() {
    }

    public static MPart open(Path file, EPartService parts, EModelService models, MApplication application) {
        MPart part = find(file, models, application);
        if (part == null) {
            part = parts.createPart(EDITOR_DESCRIPTOR);
            part.getTags().add(EPartService.REMOVE_ON_HIDE_TAG);
            part.getPersistedState().put(FILE_KEY, key(file));
            part.setLabel(file.getFileName().toString());
            part.setTooltip(key(file));
            ((MPartStack) models.find(EDITOR_STACK, application)).getChildren().add(part);
        }
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }

    /** The open editor of {@code file}, or null. */
    public static MPart find(Path file, EModelService models, MApplication application) {
        String key = key(file);
        for (MPart part : models.findElements(application, EDITOR_DESCRIPTOR, MPart.class)) {
            if (part.isToBeRendered() && key.equals(part.getPersistedState().get(FILE_KEY))) {
                return part;
            }
        }
        return null;
    }

    /** How editors know their file: its real path when it exists (so a link and its target are one file), else the absolute one. */
    public static String key(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath().toString();
        } catch (IOException e) {
            return absolute.toString();
        }
    }
}
