package org.studybench.ui.data;

import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Opens a dataset of a study in a data grid part of the editor stack; one grid per dataset. */
public final class DataGrids {

    public static final String DESCRIPTOR = "org.studybench.ui.partdescriptor.datagrid";
    public static final String EDITOR_STACK = "org.studybench.ui.partstack.editors";

    private DataGrids() {
    }

    public static MPart open(Path studyFile, String dataset, EPartService parts, EModelService models, MApplication application) {
        String key = studyFile.toAbsolutePath().normalize().toString();
        for (MPart part : models.findElements(application, DESCRIPTOR, MPart.class)) {
            if (part.isToBeRendered() && key.equals(part.getPersistedState().get(DatasetGridPart.STUDY_KEY)) && dataset.equals(part.getPersistedState().get(DatasetGridPart.DATASET_KEY))) {
                parts.showPart(part, PartState.ACTIVATE);
                return part;
            }
        }
        MPart part = parts.createPart(DESCRIPTOR);
        part.getTags().add(EPartService.REMOVE_ON_HIDE_TAG); // a closed grid leaves the model; opening the dataset again makes a new one
        part.getPersistedState().put(DatasetGridPart.STUDY_KEY, key);
        part.getPersistedState().put(DatasetGridPart.DATASET_KEY, dataset);
        part.setLabel(dataset);
        part.setTooltip(key + " — " + dataset);
        MPartStack stack = (MPartStack) models.find(EDITOR_STACK, application);
        stack.getChildren().add(part);
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }
}
