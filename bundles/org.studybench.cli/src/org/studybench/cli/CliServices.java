package org.studybench.cli;

import org.studybench.core.DatasetService;
import org.studybench.core.Registry;
import org.studybench.core.StudyService;
import org.studybench.core.workflow.AuthoringWorkflow;
import org.studybench.core.workflow.ImportWorkflow;
import org.studybench.core.workflow.ReportWorkflow;

/** The services the commands use; the application looks them up in OSGi, tests may pass their own. */
public record CliServices(Registry registry, StudyService studies, DatasetService datasets, ImportWorkflow imports, ReportWorkflow reports, AuthoringWorkflow authoring,
        String version) {
}
