package org.studybench.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.studybench.core.InputException;

import picocli.CommandLine.Option;

/** {@code --into DIR} of install-plugin and uninstall-plugin: which installation they change, and the installer for it. */
final class InstallationOption {

    /** What a command does with the installer; file-system failures are reported as input errors on the installation. */
    interface Work {
        int run(PluginInstaller installer) throws InputException, IOException;
    }

    @Option(names = "--into", paramLabel = "DIR", description = "The StudyBench installation to change (default: the one running).")
    Path into;

    /** Runs {@code work} on the chosen installation; an I/O failure (a folder that cannot be written, a full disk) is a one-line error naming it. */
    int with(Work work) throws InputException {
        Path installation = into != null ? into : running();
        try {
            return work.run(new PluginInstaller(installation));
        } catch (IOException e) {
            throw new InputException(installation + ": " + UserMessages.io(e), e);
        }
    }

    /** The installation this CLI runs from (Equinox's install area). */
    private static Path running() throws InputException {
        String area = System.getProperty("osgi.install.area");
        if (area == null) {
            throw new InputException("cannot tell where this StudyBench is installed (no osgi.install.area); give --into DIR");
        }
        try {
            return Path.of(new java.net.URI(area.replace(" ", "%20")));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new InputException("the install area " + area + " is not a folder; give --into DIR");
        }
    }
}
