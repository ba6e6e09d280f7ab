package org.studybench.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.studybench.model.study.Dataset;
import org.studybench.ui.data.DataGrids;

import jakarta.inject.Named;

/** Studies view > Open Data: the selected dataset's rows in the data grid. */
public class OpenDataHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return Selected.element(selection) instanceof Dataset;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection, EPartService parts, EModelService models, MApplication application) {
        if (Selected.element(selection) instanceof Dataset dataset) {
            DataGrids.open(Selected.fileOf(dataset), dataset.getName(), parts, models, application);
        }
    }
}
