package org.studybench.compare.internal;

import org.osgi.service.component.annotations.Component;
import org.studybench.core.Comparator;

@Component(service = Comparator.class)
public class StudentTComparator extends TTestComparator {

    @Override
    public String id() {
        return "student-t";
    }

    @Override
    public String label() {
        return "Student t-test";
    }

    @Override
    public String description() {
        return "Compares two means assuming equal variances (R t.test with var.equal = TRUE), from values or from mean, SD and n.";
    }

    @Override
    boolean welch() {
        return false;
    }
}
