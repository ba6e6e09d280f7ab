package org.studybench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.studybench.core.InputException;
import org.studybench.model.study.Study;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code studybench} command and what its subcommands share. */
@Command(name = "studybench", mixinStandardHelpOptions = true,
        description = "StudyBench: survey studies from data and published findings to tested, charted reports.",
        subcommands = { NewCommand.class, DescribeCommand.class, ValidateCommand.class, PluginsCommand.class, ReportCommand.class, TestCommand.class,
                PreviewCommand.class, ImportCommand.class, CrosstabCommand.class, ProportionCommand.class, MeanCommand.class, BannerCommand.class, ChartCommand.class,
                AddCommand.class, SetCommand.class, RemoveCommand.class, CopyCommand.class, InstallPluginCommand.class, UninstallPluginCommand.class },
        footer = { "", "The launcher also accepts:", "  gui [FOLDER]   Open the StudyBench workbench on a folder of studies.", "",
                "Exit codes: 0 done, 1 input error, 2 internal error." })
public class StudyBenchCommand implements Runnable {

    final CliServices services;

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", description = "Print stack traces of internal errors.", scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean debug;

    StudyBenchCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Study load(Path file) throws InputException {
        return services.studies().load(file);
    }

    /** The file name without its extension: {@code ipsos-2013.study} → {@code ipsos-2013}. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
