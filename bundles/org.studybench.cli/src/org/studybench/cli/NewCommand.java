package org.studybench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.studybench.core.InputException;
import org.studybench.model.study.Study;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "new", mixinStandardHelpOptions = true, description = "Create an empty study file.")
class NewCommand implements Callable<Integer> {

    @ParentCommand
    StudyBenchCommand root;

    @Parameters(paramLabel = "STUDY", description = "The study file to create, e.g. surveys/brand-2026.study.")
    Path file;

    @Option(names = "--title", required = true, paramLabel = "T", description = "The study's title.")
    String title;

    @Option(names = "--force", description = "Overwrite an existing file.")
    boolean force;

    @Override
    public Integer call() throws InputException {
        if (!file.getFileName().toString().endsWith(".study")) {
            throw new InputException(file + ": study files end in .study");
        }
        if (Files.exists(file) && !force) {
            throw new InputException(file + ": already exists (use --force to overwrite it)");
        }
        Study study = root.services.studies().create(StudyBenchCommand.baseName(file), title);
        root.services.studies().save(study, file);
        root.out().println("Created " + file);
        return ExitCode.OK;
    }
}
