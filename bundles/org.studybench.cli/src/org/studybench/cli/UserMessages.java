package org.studybench.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.regex.Pattern;

/** Messages in the user's words: what went wrong with which file, without the names of Java classes. */
public final class UserMessages {

    /**
     * "java.io.IOException: ", "org.apache.xmlbeans.XmlException: ", "ZipException: ": a qualified
     * class name, or a simple one followed by a colon (so a file called MyException.csv stays).
     */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?|[A-Z][A-Za-z0-9_$]*(?:Exception|Error):)\\s*");

    private UserMessages() {
    }

    /** The message without Java class names (a library's text passed on by an importer, say). */
    public static String clean(String message) {
        if (message == null) {
            return "";
        }
        String out = CLASS_NAME.matcher(message).replaceAll("").replaceAll("\\s+", " ").trim();
        return out.endsWith(":") ? out.substring(0, out.length() - 1) : out;
    }

    /** What an I/O failure means for the user: the JDK's exception for a missing file has only its path as message. */
    public static String io(IOException e) {
        if (e instanceof FileSystemException f) {
            String file = f.getFile() == null ? "" : ": " + f.getFile();
            String what = switch (f) {
                case NoSuchFileException x -> "no such file or folder";
                case AccessDeniedException x -> "permission denied";
                case FileAlreadyExistsException x -> "exists already";
                case NotDirectoryException x -> "not a folder";
                case DirectoryNotEmptyException x -> "folder not empty";
                default -> f.getReason() == null ? "could not be read or written" : f.getReason();
            };
            return what + file;
        }
        String message = clean(e.getMessage());
        return message.isEmpty() ? "could not be read or written" : message;
    }
}
