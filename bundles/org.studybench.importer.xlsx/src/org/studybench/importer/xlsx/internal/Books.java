package org.studybench.importer.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.studybench.core.InputException;

/** Opening a workbook of either format, and POI's failures in the user's words. */
final class Books {

    private static final Pattern CLASS_NAME = Pattern.compile("(\\b[a-z][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error)?:?\\s*");

    private Books() {
    }

    /** Opens {@code file} by its content, whatever its extension says. */
    static Book open(Path file) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file");
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (EmptyFileException e) {
            throw new InputException(file + ": the file is empty", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return switch (magic) {
            case OOXML -> OoxmlBook.open(file);
            case OLE2 -> BiffBook.open(file);
            case XML -> throw new InputException(file + ": an XML file, not an Excel workbook (an Excel 2003 XML spreadsheet must be saved as .xlsx first)");
            case HTML -> throw new InputException(file + ": a web page (HTML), not an Excel workbook, although web exports often name it so; "
                    + "open it in Excel or LibreOffice and save it as .xlsx");
            case BIFF2, BIFF3, BIFF4 -> throw new InputException(file + ": a workbook from Excel 4 or older, which StudyBench cannot read; save it as .xlsx");
            default -> throw new InputException(file + ": not an Excel workbook (.xlsx or .xls)");
        };
    }

    /**
     * The message for a workbook POI could not read; {@code at} names the file and place ("file: sheet
     * 'A'") or is empty for the whole workbook.
     */
    static InputException unreadable(Path file, String at, Throwable e) {
        String subject = at == null || at.isEmpty() ? file + ": the workbook" : at;
        Optional<String> bomb = zipBomb(e);
        if (bomb.isPresent()) {
            return new InputException(subject + " expands too much when unpacked (" + bomb.get() + "), which StudyBench refuses as a possible zip bomb; "
                    + "if the workbook is genuine, save the sheet as CSV and import that", e);
        }
        for (Throwable t = e; t != null; t = cause(t)) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            String lower = message.toLowerCase(Locale.ROOT);
            if (message.contains("DOCTYPE")) {
                return new InputException(subject + " contains a document type declaration (DOCTYPE), which StudyBench refuses for safety; re-save it from Excel", e);
            }
            if (lower.contains("password") || t.getClass().getSimpleName().equals("EncryptedDocumentException")) {
                return new InputException(subject + " is protected with a password; save a copy without the password and import that", e);
            }
            if (t.getClass().getSimpleName().equals("NotOfficeXmlFileException") || lower.contains("content type part")) {
                return new InputException(file + ": not an Excel workbook: a zip file without a workbook in it", e);
            }
            if (t instanceof java.util.zip.ZipException || t instanceof java.io.EOFException || lower.contains("truncated")
                    || lower.contains("central directory")) {
                return new InputException(subject + " is damaged: the file is cut short or is not a complete zip archive; re-save it from Excel", e);
            }
        }
        return new InputException(subject + " is damaged or not an Excel workbook" + detail(e) + "; re-save it from Excel", e);
    }

    /** How far beyond POI's zip-bomb limits a part went, when that is why reading it failed. */
    static Optional<String> zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = cause(t)) {
            String message = t.getMessage();
            if (t instanceof IOException && message != null && message.startsWith("Zip bomb detected")) {
                return Optional.of(message.contains("max size")
                        ? String.format(Locale.ROOT, "more than the %,d MB StudyBench reads", ZipSecureFile.getMaxEntrySize() >> 20)
                        : "a compression ratio over " + Math.round(1 / ZipSecureFile.getMinInflateRatio()) + " to 1");
            }
        }
        return Optional.empty();
    }

    private static Throwable cause(Throwable t) {
        if (t instanceof XMLStreamException x && x.getNestedException() != null && x.getNestedException() != t) {
            return x.getNestedException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    /** The innermost message, without Java class names, or nothing. */
    private static String detail(Throwable e) {
        Throwable root = e;
        while (cause(root) != null) {
            root = cause(root);
        }
        String message = root.getMessage() == null ? "" : CLASS_NAME.matcher(root.getMessage().lines().findFirst().orElse("")).replaceAll("").strip();
        return message.isEmpty() ? "" : " (" + message + ")";
    }
}
