package org.studybench.workflow.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.studybench.banner.Banner;
import org.studybench.banner.BannerWriter;
import org.studybench.banner.TableWorkflow;
import org.studybench.core.InputException;
import org.studybench.data.aggregate.CrossTab;
import org.studybench.data.engine.DatasetRows;
import org.studybench.data.filter.SegmentFilters;
import org.studybench.data.filter.SqlFilter;
import org.studybench.model.lookup.Lookups;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Study;
import org.studybench.model.study.TableSpec;
import org.studybench.model.validation.TableNames;
import org.studybench.stats.Defaults;
import org.studybench.stats.PAdjust;

/** A saved table from its dataset's rows: one pass over the data for all its questions and breakdowns ({@link Banner#of}). */
@Component(service = TableWorkflow.class)
public class DefaultTableWorkflow implements TableWorkflow {

    @Reference
    private DatasetRows datasetRows;

    public DefaultTableWorkflow() {
    }

    /** For tests, outside OSGi. */
    public DefaultTableWorkflow(DatasetRows datasetRows) {
        this.datasetRows = datasetRows;
    }

    @Override
    public Banner compute(Study study, Path studyFile, TableSpec table) throws InputException {
        String what = "table '" + table.getName() + "'";
        Dataset dataset = Lookups.dataset(study, table);
        if (dataset == null) {
            throw new InputException(what + " counts respondents, but the study has no dataset; import one first");
        }
        if (table.getRows().isEmpty() || table.getColumns().isEmpty()) {
            throw new InputException(what + " needs at least one row question (rows) and one column breakdown (columns)");
        }
        String names = TableNames.problem(dataset, table.getRows(), table.getColumns());
        if (names != null) {
            throw new InputException(what + ": " + names);
        }
        if (!(table.getAlpha() > 0 && table.getAlpha() < 1)) {
            throw new InputException(what + ": the significance level (alpha) must be between 0 and 1, not " + table.getAlpha());
        }
        PAdjust correction;
        try {
            correction = PAdjust.of(table.getCorrection() == null || table.getCorrection().isBlank() ? Defaults.LETTER_CORRECTION_ID : table.getCorrection());
        } catch (IllegalArgumentException e) {
            throw new InputException(what + ": correction: " + e.getMessage(), e);
        }
        CrossTab.Design roles = CrossTab.Design.of(dataset);
        CrossTab.Design design = switch (table.getWeighting()) {
            case DESIGN -> roles;
            case WEIGHT -> new CrossTab.Design(roles.weight(), null, null);
            case NONE -> new CrossTab.Design(null, null, null);
        };
        SqlFilter filter = filter(what, dataset, table.getSegment());
        Banner banner;
        try {
            banner = Banner.of(datasetRows.rows(studyFile, dataset), table.getRows(), table.getColumns(), design, filter, Banner.labels(dataset),
                    Banner.extras(dataset, table.isMeans()), correction, table.getAlpha());
        } catch (IllegalArgumentException e) {
            throw new InputException(what + ": " + e.getMessage(), e);
        } catch (InputException e) {
            throw new InputException(what + ": " + e.getMessage(), e);
        }
        Banner.Display display = new Banner.Display(table.isLetters(), table.isCounts(), table.isBases(), table.isEffectiveBases(), table.isTests(),
                table.getMinimumBase());
        return banner.shown(display, table.getSortOrder());
    }

    @Override
    public void export(Study study, Path studyFile, TableSpec table, Path file) throws InputException, IOException {
        Banner banner = compute(study, studyFile, table);
        try {
            BannerWriter.write(banner, file, TableWorkflow.title(table));
        } catch (IllegalArgumentException e) { // an unknown format
            throw new InputException(e.getMessage(), e);
        }
    }

    private static SqlFilter filter(String what, Dataset dataset, Segment segment) throws InputException {
        if (segment == null) {
            return null;
        }
        return SegmentFilters.ofSegment(what, segment, dataset);
    }
}
