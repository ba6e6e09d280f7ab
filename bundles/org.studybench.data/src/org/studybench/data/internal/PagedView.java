package org.studybench.data.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.studybench.core.DatasetView;
import org.studybench.core.InputException;
import org.studybench.data.filter.FilterException;
import org.studybench.data.filter.SegmentFilters;
import org.studybench.data.filter.SqlFilter;
import org.studybench.model.study.Dataset;

/**
 * A {@link DatasetView} read in pages of {@value #PAGE} rows by row number, wherever the rows are: a few
 * recent pages are cached, so scrolling asks only for the pages it shows.
 */
abstract class PagedView implements DatasetView {

    static final int PAGE = 1000;
    private static final int CACHED_PAGES = 8;

    private final Dataset dataset;
    /** The columns, in the order of a page's values. */
    protected final List<String> columns = new ArrayList<>();
    /** The rows of the current view. */
    protected long rows;
    private final Map<Long, Object[][]> pages = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Object[][]> eldest) {
            return size() > CACHED_PAGES;
        }
    };

    PagedView(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public long rowCount() {
        return rows;
    }

    @Override
    public Dataset dataset() {
        return dataset;
    }

    /** The filter as the grid's user typed it (blank: none), translated for the dataset's variables. */
    protected SqlFilter filter(String filterText) throws InputException {
        if (filterText == null || filterText.isBlank()) {
            return null;
        }
        try {
            return SegmentFilters.inDataset(filterText, dataset);
        } catch (FilterException e) {
            throw new InputException("filter: " + e.getMessage(), e);
        }
    }

    /** Forgets the cached pages (the view changed). */
    protected void forgetPages() {
        pages.clear();
    }

    /** The rows of page {@code page} (row {@code page * PAGE} on) of the current view; empty when it cannot be read. */
    protected abstract Object[][] readPage(long page);

    /** The value at (row, column), reading its page when it is not cached. */
    @Override
    public Object value(long row, int column) {
        if (row < 0 || row >= rows) {
            return null;
        }
        long page = row / PAGE;
        Object[][] data = pages.get(page);
        if (data == null) {
            data = readPage(page);
            pages.put(page, data);
        }
        int i = (int) (row - page * PAGE);
        return i < data.length ? data[i][column] : null;
    }
}
