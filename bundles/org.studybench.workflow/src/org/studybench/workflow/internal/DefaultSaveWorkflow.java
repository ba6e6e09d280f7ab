package org.studybench.workflow.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.studybench.core.DatasetService;
import org.studybench.core.InputException;
import org.studybench.core.StudyService;
import org.studybench.core.workflow.SaveWorkflow;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Study;

/** Copies the data files first, then writes the study: a study file never points at data that is not there. */
@Component(service = SaveWorkflow.class)
public class DefaultSaveWorkflow implements SaveWorkflow {

    @Reference
    private StudyService studies;

    @Reference
    private DatasetService datasets;

    public DefaultSaveWorkflow() {
    }

    /** For tests, outside OSGi. */
    public DefaultSaveWorkflow(StudyService studies, DatasetService datasets) {
        this.studies = studies;
        this.datasets = datasets;
    }

    @Override
    public void saveWithData(Study study, Path from, Path to) throws InputException {
        Path target = to.toAbsolutePath().normalize();
        if (target.equals(from.toAbsolutePath().normalize())) {
            studies.save(study, target);
            return;
        }
        List<Path> copied = new ArrayList<>();
        try {
            for (Dataset d : study.getDatasets()) {
                if (org.studybench.data.engine.DatasetRows.inEngine(d)) {
                    continue; // its rows stay in the engine; the URL goes with the study
                }
                Path source = datasets.dataFile(from, d);
                Path copy = target.getParent().resolve(d.getUri()).normalize();
                if (Files.exists(copy)) {
                    throw new InputException(copy + " exists already; save the study into another folder");
                }
                Files.createDirectories(copy.getParent());
                Files.copy(source, copy);
                copied.add(copy);
            }
            studies.save(study, target);
        } catch (IOException | InputException e) {
            for (Path p : copied) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // the error that stopped the save is what the user needs to see
                }
            }
            if (e instanceof InputException input) {
                throw input;
            }
            throw new InputException(target + ": could not copy the data files: " + e.getMessage(), e);
        }
    }
}
