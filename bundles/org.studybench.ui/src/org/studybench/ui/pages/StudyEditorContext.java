package org.studybench.ui.pages;

import java.nio.file.Path;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Control;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Study;

/**
 * What a contributed page of the study editor may use: the study, its file, the editor's editing
 * domain, a way to follow the study's changes, and the editor's ways to show things: another page, an
 * element in the outline, a dataset's rows. Each page gets its own context (its tab's label is its own).
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

    /**
     * Calls {@code refresh} on the UI thread right after every change of the study (an edit anywhere,
     * an import, undo, redo; once for all the notifications of one command) until {@code control} is disposed.
     */
    void follow(Control control, Runnable refresh);

    /** Shows the page with id {@code pageId} (see {@link StudyEditorPage#id()}); nothing when no such page is installed. */
    void showPage(String pageId);

    /** Shows {@code element} (of {@link #study()}) selected in the editor's outline with its properties. */
    void reveal(EObject element);

    /** Opens {@code dataset}'s rows in the workbench's data grid. */
    void openData(Dataset dataset);

    /** Changes this page's tab text, e.g. to show a count: "Problems (3)". */
    void setLabel(String label);
}
