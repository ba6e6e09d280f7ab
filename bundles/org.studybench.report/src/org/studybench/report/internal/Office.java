package org.studybench.report.internal;

import java.io.IOException;
import java.util.Calendar;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.studybench.model.study.ReportSpec;
import org.studybench.model.study.Study;

/** What the Word and PowerPoint renderers share: POI's class loading in OSGi and the documents' properties. */
final class Office {

    private Office() {
    }

    /** Work that writes an Office file. */
    interface Work {
        void run() throws IOException;
    }

    /** Runs {@code work} with POI's bundle as the context class loader: POI finds its OOXML schemas through it in OSGi. */
    static void withOfficeSchemas(Work work) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(XWPFDocument.class.getClassLoader());
        try {
            work.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Title, author and dates from the study (not the clock), so that the same study gives the same file. */
    static void properties(POIXMLProperties properties, Study study, ReportSpec report) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        String title = report != null && report.getTitle() != null && !report.getTitle().isBlank() ? report.getTitle()
                : study.getTitle() != null ? study.getTitle() : study.getName();
        core.setTitle(title);
        core.setCreator(report != null && report.getAuthor() != null && !report.getAuthor().isBlank() ? report.getAuthor() : "StudyBench");
        Calendar date = PdfReportRenderer.studyDate(study.getDate());
        core.setCreated(Optional.of(date.getTime()));
        core.setModified(Optional.of(date.getTime()));
        properties.getExtendedProperties().setApplication("StudyBench");
    }
}
