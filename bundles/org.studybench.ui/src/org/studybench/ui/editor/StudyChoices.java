package org.studybench.ui.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.studybench.core.Contribution;
import org.studybench.core.Registry;
import org.studybench.model.lookup.Lookups;
import org.studybench.data.aggregate.ResponseSets;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.MultipleResponseSet;
import org.studybench.model.study.Finding;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyPackage;
import org.studybench.model.study.ValueLabel;
import org.studybench.model.study.Variable;

/**
 * What the property forms suggest for text features that name something elsewhere: a computed
 * finding's variable (from its dataset's dictionary) and level (the variable's labelled values), a
 * chart's kind and a comparison's comparator (whatever the registry holds now, plug-ins included), a
 * chart's interval method. The user may still type anything; the validator says what is wrong.
 */
public final class StudyChoices implements PropertyForm.Choices {

    private static final StudyPackage P = StudyPackage.eINSTANCE;

    private final Study study;
    private final Registry registry;

    public StudyChoices(Study study, Registry registry) {
        this.study = study;
        this.registry = registry;
    }

    @Override
    public List<String> of(EObject owner, EStructuralFeature feature) {
        if (feature == P.getFinding_Variable()) {
            Dataset dataset = owner instanceof Finding f ? Lookups.dataset(study, f) : null;
            if (dataset == null) {
                return List.of();
            }
            List<String> names = new java.util.ArrayList<>(dataset.getVariables().stream().map(Variable::getName).toList());
            ResponseSets.usable(dataset).stream().map(MultipleResponseSet::getName).forEach(names::add); // a share of a set's items
            return names;
        }
        if (feature == P.getFinding_Level()) {
            Dataset dataset = owner instanceof Finding f ? Lookups.dataset(study, f) : null;
            Variable variable = owner instanceof Finding f ? Lookups.variable(dataset, f.getVariable()) : null;
            MultipleResponseSet set = variable == null && owner instanceof Finding f ? Lookups.responseSet(dataset, f.getVariable()) : null;
            if (set != null) { // one of its items, or any of them
                List<String> levels = new java.util.ArrayList<>(set.getVariables().stream().map(Variable::getName).toList());
                levels.add(ResponseSets.ANY);
                return levels;
            }
            if (variable == null) {
                return List.of();
            }
            List<String> levels = new java.util.ArrayList<>(variable.getValueLabels().stream().map(ValueLabel::getValue).toList());
            variable.getNets().stream().map(org.studybench.model.study.Net::getName).forEach(levels::add); // a net counts as a level too
            return levels;
        }
        if (feature == P.getChartSpec_Kind()) {
            return registry == null ? List.of() : registry.chartRenderers().stream().map(Contribution::id).sorted().toList();
        }
        if (feature == P.getComparison_ComparatorId()) {
            return registry == null ? List.of() : registry.comparators().stream().map(Contribution::id).sorted().toList();
        }
        if (feature == P.getChartSpec_Interval()) {
            return ChartsPage.INTERVALS;
        }
        return null;
    }

    /** A variable by its label, a level by its value label, a chart kind or method by the name its plug-in gives it: "label  [name]". */
    @Override
    public String shown(EObject owner, EStructuralFeature feature, String value) {
        if (feature == P.getFinding_Variable()) {
            Dataset dataset = owner instanceof Finding f ? Lookups.dataset(study, f) : null;
            Variable variable = Lookups.variable(dataset, value);
            MultipleResponseSet set = variable == null ? Lookups.responseSet(dataset, value) : null;
            return set != null ? StudyLabels.responseSet(set)
                    : variable == null ? value : StudyLabels.labelled(variable.getLabel(), value);
        }
        if (feature == P.getFinding_Level()) {
            Dataset dataset = owner instanceof Finding f ? Lookups.dataset(study, f) : null;
            MultipleResponseSet set = owner instanceof Finding f && Lookups.variable(dataset, f.getVariable()) == null ? Lookups.responseSet(dataset, f.getVariable())
                    : null;
            if (set != null) { // an item by its variable's label
                Variable item = Lookups.variable(dataset, value);
                return ResponseSets.ANY.equals(value) ? StudyLabels.labelled("Any of the items", value)
                        : item == null ? value : StudyLabels.labelled(item.getLabel(), value);
            }
            Variable variable = owner instanceof Finding f ? Lookups.variable(dataset, f.getVariable()) : null;
            if (variable == null) {
                return value;
            }
            String net = variable.getValueLabels().stream().anyMatch(l -> value.equals(l.getValue())) ? null
                    : variable.getNets().stream().filter(n -> value.equals(n.getName())).map(n -> n.getLabel() == null || n.getLabel().isBlank() ? value : n.getLabel())
                            .findFirst().orElse(null);
            return net != null ? StudyLabels.labelled(net, value)
                    : variable.getValueLabels().stream().filter(l -> value.equals(l.getValue())).findFirst()
                            .map(l -> StudyLabels.labelled(l.getLabel(), value)).orElse(value);
        }
        if (registry != null && (feature == P.getChartSpec_Kind() || feature == P.getComparison_ComparatorId())) {
            List<Contribution> all = new java.util.ArrayList<>();
            all.addAll(feature == P.getChartSpec_Kind() ? registry.chartRenderers() : registry.comparators());
            return all.stream().filter(c -> value.equals(c.id())).findFirst().map(c -> StudyLabels.labelled(c.label(), value)).orElse(value);
        }
        return value;
    }
}
