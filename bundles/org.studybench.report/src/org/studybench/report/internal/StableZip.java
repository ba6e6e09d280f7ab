package org.studybench.report.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Office files are ZIP archives whose entries carry the time they were written: the same study would give
 * different bytes every minute. This rewrites an archive with one fixed time for every entry, in the same
 * order and with the same content, so that a report's DOCX and PPTX depend only on the study.
 */
final class StableZip {

    /** 1 January 1980, the earliest time a ZIP entry can hold. */
    private static final FileTime EPOCH = FileTime.fromMillis(315532800000L);

    private StableZip() {
    }

    static byte[] normalized(byte[] zip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setLastModifiedTime(EPOCH);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
