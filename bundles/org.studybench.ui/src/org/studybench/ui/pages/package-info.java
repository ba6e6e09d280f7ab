/**
 * Pages a plug-in adds to the workbench's study editor: a {@link org.studybench.ui.pages.StudyEditorPage}
 * registered as an OSGi service (a Declarative Services component) becomes a tab of every study editor
 * opened after it is installed, at the position it asks for among the built-in pages. A page reads the
 * study, follows its changes and changes it through the editor's command stack (so undo, redo and the
 * dirty state work as on every other page), all through its {@link org.studybench.ui.pages.StudyEditorContext}.
 * A page that throws while it is created is replaced by a one-line message naming its bundle; the
 * other pages go on.
 *
 * @since 0.1
 */
package org.studybench.ui.pages;
