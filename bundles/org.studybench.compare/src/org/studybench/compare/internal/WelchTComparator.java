package org.studybench.compare.internal;

import org.osgi.service.component.annotations.Component;
import org.studybench.core.Comparator;

@Component(service = Comparator.class)
public class WelchTComparator extends TTestComparator {

    @Override
    public String id() {
        return "welch-t";
    }

    @Override
    public String label() {
        return "Welch t-test";
    }

    @Override
    public String description() {
        return "Compares two means without assuming equal variances (R t.test default), from values or from mean, SD and n.";
    }

    @Override
    boolean welch() {
        return true;
    }
}
