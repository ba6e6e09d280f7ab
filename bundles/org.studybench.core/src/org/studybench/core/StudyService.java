package org.studybench.core;

import java.nio.file.Path;
import java.util.List;

import org.studybench.model.study.Study;

/**
 * Creates, loads, validates and saves studies. Saves are atomic (temporary file and rename): a
 * failure never damages the previous file. Messages of {@link InputException} name the file and,
 * for malformed XML, the line and column. The service is thread-safe; a loaded study (EMF objects)
 * is not, so each belongs to one thread at a time (the workbench gives background jobs a copy).
 *
 * @since 0.1
 */
public interface StudyService {

    /** A new, empty study with {@code name} (usually the file name) and {@code title}. */
    Study create(String name, String title);

    Study load(Path file) throws InputException;

    /** Problems sorted errors first, in model order. */
    List<Problem> validate(Study study);

    void save(Study study, Path file) throws InputException;
}
