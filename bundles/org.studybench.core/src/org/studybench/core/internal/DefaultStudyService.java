package org.studybench.core.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.studybench.core.DatasetService;
import org.studybench.core.InputException;
import org.studybench.core.Problem;
import org.studybench.core.StudyService;
import org.studybench.model.io.StudyFileException;
import org.studybench.model.io.StudyResources;
import org.studybench.model.study.Study;
import org.studybench.model.validation.StudyValidator;

/** The study service over the model bundle's XMI persistence and validator. */
@Component(service = StudyService.class)
public class DefaultStudyService implements StudyService {

    /** Adds the data layer's checks (segment filters) when a data bundle is installed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DatasetService datasets;

    @Override
    public Study create(String name, String title) {
        return StudyResources.createStudy(name, title);
    }

    @Override
    public Study load(Path file) throws InputException {
        try {
            return StudyResources.load(file);
        } catch (StudyFileException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    @Override
    public List<Problem> validate(Study study) {
        List<Problem> problems = new ArrayList<>();
        for (Diagnostic d : StudyValidator.validate(study).getChildren()) {
            Problem.Severity severity = switch (d.getSeverity()) {
                case Diagnostic.ERROR -> Problem.Severity.ERROR;
                case Diagnostic.WARNING -> Problem.Severity.WARNING;
                default -> Problem.Severity.INFO;
            };
            EObject element = d.getData().isEmpty() ? null : (EObject) d.getData().get(0);
            problems.add(new Problem(severity, d.getMessage(), element));
        }
        DatasetService data = datasets;
        if (data != null) {
            problems.addAll(data.check(study));
        }
        problems.sort(Comparator.comparing(Problem::severity)); // stable: keeps model order within a severity
        return problems;
    }

    @Override
    public void save(Study study, Path file) throws InputException {
        try {
            StudyResources.save(study, file);
        } catch (StudyFileException e) {
            throw new InputException(e.getMessage(), e);
        }
    }
}
