package org.studybench.ui.parts;

import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Opens .study files in editor parts of the editor stack; one editor per file. */
public final class StudyEditors {

    public static final String EDITOR_DESCRIPTOR = "org.studybench.ui.partdescriptor.studyeditor";
    public static final String EDITOR_STACK = "org.studybench.ui.partstack.editors";
    public static final String FILE_KEY = "studybench.file";

    private StudyEditors() {
    }

    public static MPart open(Path file, EPartService parts, EModelService models, MApplication application) {
        String key = file.toAbsolutePath().normalize().toString();
        for (MPart part : parts.getParts()) {
            if (key.equals(part.getPersistedState().get(FILE_KEY))) {
                parts.showPart(part, PartState.ACTIVATE);
                return part;
            }
        }
        MPart part = parts.createPart(EDITOR_DESCRIPTOR);
        part.getPersistedState().put(FILE_KEY, key);
        part.setLabel(file.getFileName().toString());
        part.setTooltip(key);
        MPartStack stack = (MPartStack) models.find(EDITOR_STACK, application);
        stack.getChildren().add(part);
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }
}
