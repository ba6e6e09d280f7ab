package org.studybench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.studybench.core.InputException;
import org.studybench.model.study.Study;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "copy", mixinStandardHelpOptions = true,
        description = { "Save a study under a new name with copies of its data files (the workbench's Save As).",
                "Nothing is overwritten; on any error nothing is left at the new place." })
class CopyCommand implements Callable<Integer> {

    @ParentCommand
    StudyBenchCommand root;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study to copy.")
    Path from;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new study file, e.g. archive/brand-2026.study.")
    Path to;

    @Override
    public Integer call() throws InputException {
        if (!to.getFileName().toString().endsWith(".study")) {
            throw new InputException(to + ": study files end in .study");
        }
        if (Files.exists(to)) {
            throw new InputException(to + ": already exists; copy the study to a new file");
        }
        Study study = root.load(from);
        root.services.saves().saveWithData(study, from, to);
        root.out().println("Copied " + from + " with " + study.getDatasets().size() + " data file" + (study.getDatasets().size() == 1 ? "" : "s")
                + " to " + to);
        return ExitCode.OK;
    }
}
