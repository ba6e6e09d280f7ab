package org.studybench.ui.handlers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.studybench.core.InputException;
import org.studybench.core.StudyService;
import org.studybench.ui.editor.Fields;
import org.studybench.ui.parts.StudyEditors;
import org.studybench.ui.parts.StudyNavigatorPart;

import jakarta.inject.Named;

/**
 * File > New Study... (also in the navigator's menu): a new, empty study file made by the study
 * service exactly as {@code studybench new FILE --title T} makes it, in the navigator's folder by
 * default; the navigator lists it and it opens in an editor.
 */
public class NewStudyHandler {

    public static final String COMMAND_ID = "org.studybench.app.command.newstudy";
    public static final String FILE_ID = "studybench.newstudy.file";
    public static final String TITLE_ID = "studybench.newstudy.title";
    public static final String PROBLEM_ID = "studybench.newstudy.problem";

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, StudyService studies, EPartService parts, EModelService models,
            MApplication application) {
        StudyNavigatorPart navigator = StudyNavigatorPart.find(models, application).orElse(null);
        Path folder = navigator != null ? navigator.getFolder() : Path.of(System.getProperty("user.dir"));
        NewStudyDialog dialog = new NewStudyDialog(shell, folder, studies);
        if (dialog.open() == Dialog.OK) {
            if (navigator != null) {
                navigator.refresh();
            }
            StudyEditors.open(dialog.created, parts, models, application);
        }
    }

    /** The file name proposed in {@code folder}: new-study.study, else new-study-2.study, ... */
    static Path proposal(Path folder) {
        Path file = folder.resolve("new-study.study");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve("new-study-" + n + ".study");
        }
        return file;
    }

    static final class NewStudyDialog extends Dialog {
        private final Path folder;
        private final StudyService studies;
        private Text file;
        private Text title;
        private Label problem;
        Path created;

        NewStudyDialog(Shell parent, Path folder, StudyService studies) {
            super(parent);
            this.folder = folder;
            this.studies = studies;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText("New Study");
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            area.setLayout(new GridLayout(3, false));
            file = Fields.text(area, "File", FILE_ID);
            file.setText(proposal(folder).toString());
            ((GridData) file.getLayoutData()).widthHint = 420;
            Button browse = new Button(area, SWT.PUSH);
            browse.setText("Browse...");
            browse.addListener(SWT.Selection, e -> {
                FileDialog chooser = new FileDialog(getShell(), SWT.SAVE);
                chooser.setFilterExtensions(new String[] { "*.study" });
                chooser.setFilterPath(folder.toString());
                chooser.setFileName(Path.of(file.getText().trim()).getFileName() == null ? "" : Path.of(file.getText().trim()).getFileName().toString());
                String chosen = chooser.open();
                if (chosen != null) {
                    file.setText(chosen);
                }
            });
            title = Fields.text(area, "Title", TITLE_ID);
            title.setMessage("e.g. Brand tracker 2026");
            ((GridData) title.getLayoutData()).horizontalSpan = 2;
            problem = new Label(area, SWT.WRAP);
            problem.setData(org.studybench.ui.editor.Ids.KEY, PROBLEM_ID);
            problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
            title.setFocus();
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, IDialogConstants.OK_ID, "Create", true);
            createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        }

        @Override
        protected void okPressed() {
            String typed = file.getText().trim();
            if (typed.isEmpty()) {
                show("File: where to create the study, e.g. " + proposal(folder));
                return;
            }
            Path target = folder.resolve(typed.endsWith(".study") ? typed : typed + ".study").toAbsolutePath().normalize();
            if (title.getText().isBlank()) {
                show("Title: what the study is called in its report, e.g. Brand tracker 2026");
                return;
            }
            if (Files.exists(target)) {
                show(target + " exists already; choose another name");
                return;
            }
            String name = target.getFileName().toString().replaceFirst("\\.study$", "");
            try {
                Files.createDirectories(target.getParent());
                studies.save(studies.create(name, title.getText().trim()), target);
            } catch (IOException e) {
                show(target.getParent() + ": cannot create the folder: " + e.getMessage());
                return;
            } catch (InputException e) {
                show(e.getMessage());
                return;
            }
            created = target;
            super.okPressed();
        }

        private void show(String text) {
            problem.setText(text);
            problem.getParent().layout(true, true);
            getShell().pack();
        }
    }
}
