package org.studybench.ui.pages;

import java.nio.file.Path;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Control;
import org.studybench.model.study.Study;

/**
 * What a contributed page of the study editor may use: the study, its file, the editor's editing
 * domain and a way to follow the study's changes.
 *
 * @since 0.1
 */
public interface StudyEditorContext {

    /** The study as the editor has it now (unsaved changes included). */
    Study study();

    /** The study's file; data files lie relative to it. */
    Path studyFile();

    /** The editor's editing domain: build commands with it (EMF.Edit's SetCommand, AddCommand, ...). */
    EditingDomain editingDomain();

    /** Runs {@code command} on the editor's command stack: undoable, and the editor becomes dirty. */
    void execute(Command command);

    /** Calls {@code refresh} after every change of the study (an edit anywhere, undo, redo) until {@code control} is disposed. */
    void follow(Control control, Runnable refresh);
}
