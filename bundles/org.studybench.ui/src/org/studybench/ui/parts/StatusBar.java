package org.studybench.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.studybench.ui.editor.Ids;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The window's status bar: what runs in the background (reports, tables, chart previews, imports, computed
 * findings) with a moving bar while anything runs, "Ready" otherwise. It also keeps the window's layout
 * for the next start ({@link WindowLayout}): the model is read fresh from Application.e4xmi on every start,
 * so that new versions show new parts, and only the window's place and size and the navigator's share
 * are remembered.
 */
public final class StatusBar {

    public static final String MESSAGE_ID = "studybench.statusbar.message";
    public static final String PROGRESS_ID = "studybench.statusbar.progress";

    @Inject
    MWindow window;

    @Inject
    EModelService models;

    private Label message;
    private ProgressBar progress;
    private final List<Job> running = new ArrayList<>();
    private IJobChangeListener listener;

    @PostConstruct
    void create(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 2;
        layout.marginWidth = 6;
        bar.setLayout(layout);
        message = new Label(bar, SWT.NONE);
        message.setData(Ids.KEY, MESSAGE_ID);
        GridData text = new GridData(SWT.FILL, SWT.CENTER, true, false);
        text.widthHint = 600;
        message.setLayoutData(text);
        progress = new ProgressBar(bar, SWT.INDETERMINATE);
        progress.setData(Ids.KEY, PROGRESS_ID);
        GridData bars = new GridData(SWT.END, SWT.CENTER, false, false);
        bars.widthHint = 160;
        progress.setLayoutData(bars);
        show();
        listener = new JobChangeAdapter() {
            @Override
            public void running(IJobChangeEvent event) {
                changed(event.getJob(), true);
            }

            @Override
            public void done(IJobChangeEvent event) {
                changed(event.getJob(), false);
            }
        };
        Job.getJobManager().addJobChangeListener(listener);
        Shell shell = parent.getShell();
        WindowLayout.restore(shell, sash());
        shell.addListener(SWT.Close, e -> WindowLayout.keep(shell, sash()));
        // the window's trim was laid out before this control existed: without a second layout the bar has no height
        // until the window is first resized
        shell.getDisplay().asyncExec(() -> {
            if (!shell.isDisposed()) {
                shell.layout(true, true);
            }
        });
    }

    /** The sash between the navigator and the editors, whose weights are remembered. */
    private MPartSashContainer sash() {
        MUIElement sash = models.find("org.studybench.app.sash.main", window);
        return sash instanceof MPartSashContainer container ? container : null;
    }

    private void changed(Job job, boolean started) {
        if (job.isSystem()) {
            return;
        }
        if (message == null || message.isDisposed()) {
            return;
        }
        message.getDisplay().asyncExec(() -> {
            if (started) {
                running.add(job);
            } else {
                running.remove(job);
            }
            show();
        });
    }

    private void show() {
        if (message.isDisposed()) {
            return;
        }
        String text = running.isEmpty() ? "Ready" : running.get(running.size() - 1).getName() + "..."
                + (running.size() > 1 ? " (and " + (running.size() - 1) + " more)" : "");
        message.setText(text);
        progress.setVisible(!running.isEmpty());
    }

    /** What the status bar says now, for tests. */
    public String message() {
        return message.getText();
    }

    @PreDestroy
    void dispose() {
        if (listener != null) {
            Job.getJobManager().removeJobChangeListener(listener);
        }
    }
}
