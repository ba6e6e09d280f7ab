package org.studybench.model.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.studybench.model.study.Named;
import org.studybench.model.study.ValueLabel;

/**
 * Text a study file can hold. A study file is XML 1.0, which has no way to write most control
 * characters (U+0000–U+001F but tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates):
 * written anyway, the file could not be read again. Saving refuses such text with a message naming
 * the element and field; importers remove it from names and labels (with a warning), since it comes
 * from another tool's file.
 */
public final class XmlText {

    private XmlText() {
    }

    /** The first character of {@code text} that XML 1.0 cannot hold, as "U+0001"; empty when there is none. */
    public static Optional<String> illegalCharacter(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            if (!legal(c)) {
                return Optional.of(String.format(Locale.ROOT, "U+%04X", c));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** {@code text} without the characters XML 1.0 cannot hold. */
    public static String withoutIllegal(String text) {
        if (illegalCharacter(text).isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::legal).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** A description of the first text of {@code root} or its contents that a study file cannot hold: "the label of variable 'q1' contains U+0001". */
    public static Optional<String> firstProblem(EObject root) {
        for (EObject element : withContents(root)) {
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                for (String text : texts(element, attribute)) {
                    Optional<String> bad = illegalCharacter(text);
                    if (bad.isPresent()) {
                        return Optional.of(where(element, attribute) + " contains the control character " + bad.get());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Removes what a study file cannot hold from every text of {@code root} and its contents but names
     * (a name is how data and other elements refer to an element: changing it would lose the link);
     * says what changed, one line per text.
     */
    @SuppressWarnings("unchecked")
    public static List<String> clean(EObject root) {
        List<String> changed = new ArrayList<>();
        for (EObject element : withContents(root)) {
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                if (!attribute.isChangeable() || attribute.isDerived() || attribute == org.studybench.model.study.StudyPackage.Literals.NAMED__NAME) {
                    continue;
                }
                List<String> texts = texts(element, attribute);
                for (int i = 0; i < texts.size(); i++) {
                    Optional<String> bad = illegalCharacter(texts.get(i));
                    if (bad.isPresent()) {
                        changed.add(where(element, attribute) + " had control characters (" + bad.get() + "), removed");
                        if (attribute.isMany()) {
                            ((EList<String>) element.eGet(attribute)).set(i, withoutIllegal(texts.get(i)));
                        } else {
                            element.eSet(attribute, withoutIllegal(texts.get(i)));
                        }
                    }
                }
            }
        }
        return changed;
    }

    private static boolean legal(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static List<EObject> withContents(EObject root) {
        List<EObject> all = new ArrayList<>();
        all.add(root);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            all.add(it.next());
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(EObject element, EAttribute attribute) {
        if (attribute.getEAttributeType().getInstanceClass() != String.class || attribute.isTransient()) {
            return List.of();
        }
        Object value = element.eGet(attribute);
        if (attribute.isMany()) {
            return (List<String>) value;
        }
        return value instanceof String text ? List.of(text) : List.of();
    }

    /** "the label of variable 'q1'", in the user's words. */
    private static String where(EObject element, EAttribute attribute) {
        String kind = element.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        String name = element instanceof Named named && named.getName() != null ? named.getName()
                : element instanceof ValueLabel label && label.getValue() != null ? label.getValue() : null;
        String field = attribute.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return "the " + field + " of " + kind + (name == null ? "" : " '" + withoutIllegal(name) + "'");
    }
}
