package org.studybench.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.studybench.ui.parts.StudyNavigatorPart;

/** Studies view > Refresh: lists the folder again (the view also follows file events where the system sends them). */
public class RefreshHandler {

    @Execute
    public void execute(EModelService models, MApplication application) {
        StudyNavigatorPart.find(models, application).ifPresent(StudyNavigatorPart::refresh);
    }
}
