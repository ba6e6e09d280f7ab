package org.studybench.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EObject;
import org.studybench.ui.parts.StudyEditorPart;
import org.studybench.ui.parts.StudyEditors;

/**
 * What a study command acts on: the study of the active editor, else the study file selected in the
 * Studies view (its editor opened or brought to front). The Studies view's selection is a
 * {@link Path} for a study file and the model element itself for an element of a study.
 */
final class Selected {

    private Selected() {
    }

    static Path studyFile(Object selection) {
        return selection instanceof Path file && file.getFileName() != null && file.getFileName().toString().endsWith(".study") ? file : null;
    }

    /** An element of a study read from a file (the Studies view shows them), or null. */
    static EObject element(Object selection) {
        return selection instanceof EObject element && element.eResource() != null && element.eResource().getURI().isFile() ? element : null;
    }

    /** The file {@code element}'s study was read from. */
    static Path fileOf(EObject element) {
        return Path.of(element.eResource().getURI().toFileString());
    }

    /** Whether a study command has a study to act on. */
    static boolean hasStudy(MPart activePart, Object selection) {
        return activeEditor(activePart) != null || studyFile(selection) != null;
    }

    /** The editor of the study a command acts on, opened when need be; null when there is none or it cannot be read. */
    static StudyEditorPart editor(MPart activePart, Object selection, EPartService parts, EModelService models, MApplication application) {
        StudyEditorPart active = activeEditor(activePart);
        if (active != null) {
            return active;
        }
        Path file = studyFile(selection);
        return file == null ? null : editor(file, parts, models, application);
    }

    /** The editor of {@code file}, opened or brought to front; null when the study cannot be read. */
    static StudyEditorPart editor(Path file, EPartService parts, EModelService models, MApplication application) {
        Object object = StudyEditors.open(file, parts, models, application).getObject();
        return object instanceof StudyEditorPart editor && editor.getStudy() != null ? editor : null;
    }

    private static StudyEditorPart activeEditor(MPart part) {
        return part != null && part.getObject() instanceof StudyEditorPart editor && editor.getStudy() != null ? editor : null;
    }
}
