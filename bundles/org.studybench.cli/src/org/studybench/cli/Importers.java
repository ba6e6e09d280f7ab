package org.studybench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.Registry;

/** Picks the importer for a data file: the one asked for, else the first that claims the file's extension. */
final class Importers {

    private Importers() {
    }

    static Importer choose(Registry registry, Path file, String format) throws InputException {
        List<Importer> importers = registry.importers();
        String available = String.join(", ", importers.stream().map(Importer::id).toList());
        if (format != null) {
            return registry.importer(format).orElseThrow(() -> new InputException("unknown format '" + format + "'; available: " + available));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return importers.stream().filter(i -> i.fileExtensions().contains(extension)).findFirst()
                .orElseThrow(() -> new InputException(file + ": no importer for ." + extension + " files; give --format (available: " + available + ")"));
    }
}
