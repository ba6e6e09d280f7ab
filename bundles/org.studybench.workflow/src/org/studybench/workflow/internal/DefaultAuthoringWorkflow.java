package org.studybench.workflow.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.studybench.core.Arguments;
import org.studybench.core.ChartRenderer;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.Registry;
import org.studybench.core.workflow.AuthoringWorkflow;
import org.studybench.model.io.Ids;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Comparison;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Finding;
import org.studybench.model.study.Identified;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyPackage;

/**
 * Authoring by reflection on the study model: kinds are the types the study (and its elements)
 * contain, settings their features, so the model alone decides what can be authored.
 */
@Component(service = AuthoringWorkflow.class)
public class DefaultAuthoringWorkflow implements AuthoringWorkflow {

    private static final StudyPackage P = StudyPackage.eINSTANCE;

    /** The same computed values the workbench's property forms show read-only. */
    /** The study itself, for {@code set} (its description, date, ...); it cannot be added or removed. */
    private static final String STUDY = "study";

    private static final Set<String> COMPUTED = Set.of("id", "inputHash", "contentHash", "rowCount", "toolVersion");

    /** Kind name → the containment feature that holds elements of that kind. */
    private final Map<String, EReference> kinds = new LinkedHashMap<>();

    @Reference
    private Registry registry;

    public DefaultAuthoringWorkflow() {
        for (EReference top : P.getStudy().getEAllContainments()) {
            kinds.put(kindOf(top.getEReferenceType()), top);
        }
        for (EReference top : P.getStudy().getEAllContainments()) {
            for (EReference nested : top.getEReferenceType().getEAllContainments()) {
                EClass type = nested.getEReferenceType();
                if (nested.isMany() && P.getIdentified().isSuperTypeOf(type) && nameFeature(type) != null) {
                    kinds.putIfAbsent(kindOf(type), nested);
                }
            }
        }
    }

    /** For tests, outside OSGi. */
    public DefaultAuthoringWorkflow(Registry registry) {
        this();
        this.registry = registry;
    }

    @Override
    public List<String> kinds() {
        List<String> all = new ArrayList<>(kinds.keySet());
        all.add(STUDY);
        return all;
    }

    @Override
    public String parentKind(String kind) {
        EReference holder = kinds.get(kind);
        return holder == null || holder.getEContainingClass() == P.getStudy() ? null : kindOf(holder.getEContainingClass());
    }

    @Override
    public EObject add(Study study, String kind, String name, String parent) throws InputException {
        if (STUDY.equals(kind)) {
            throw new InputException("a study is created with 'studybench new', not added to another");
        }
        EReference holder = holder(kind);
        EClass type = holder.getEReferenceType();
        boolean untitled = name == null || name.isEmpty();
        if (untitled && nameFeature(type).getName().equals("name") || name != null && !name.isEmpty() && name.isBlank()) {
            throw new InputException("a " + kind + " needs a name");
        }
        EObject owner = owner(study, kind, parent);
        EList<EObject> siblings = list(owner, holder);
        for (EObject sibling : siblings) {
            if (!untitled && name.equals(nameOf(sibling))) {
                throw new InputException(where(owner) + "already has a " + kind + " '" + name + "'");
            }
        }
        EObject element = EcoreUtil.create(type);
        ((Identified) element).setId(Ids.newId());
        if (!untitled) {
            element.eSet(nameFeature(type), name);
        }
        siblings.add(element);
        return element;
    }

    @Override
    public EObject find(Study study, String kind, String name, String parent) throws InputException {
        if (STUDY.equals(kind)) {
            if (!name.equals(study.getName())) {
                throw new InputException("the study is named '" + study.getName() + "', not '" + name + "'");
            }
            return study;
        }
        EReference holder = holder(kind);
        EObject owner = owner(study, kind, parent);
        List<String> names = new ArrayList<>();
        for (EObject element : list(owner, holder)) {
            if (name.equals(nameOf(element)) || name.isEmpty() && nameOf(element) == null) {
                return element;
            }
            names.add(nameOf(element));
        }
        throw new InputException(where(owner) + "has no " + kind + " '" + name + "'"
                + (names.isEmpty() ? "" : "; its " + kind + "s: " + String.join(", ", names)));
    }

    @Override
    public void set(EObject element, String path, String value) throws InputException {
        String[] steps = path.split("\\.", -1);
        EObject target = element;
        for (int i = 0; i < steps.length - 1; i++) {
            EStructuralFeature step = feature(target, steps[i], element);
            if (!(step instanceof EReference ref && ref.isContainment() && !ref.isMany())) {
                throw new InputException(describe(element) + ": '" + steps[i] + "' has no settings of its own; its settings: "
                        + String.join(", ", settable(element)));
            }
            EObject child = (EObject) target.eGet(ref);
            if (child == null) {
                child = EcoreUtil.create(ref.getEReferenceType());
                if (child instanceof Identified identified) {
                    identified.setId(Ids.newId());
                }
                target.eSet(ref, child);
            }
            target = child;
        }
        EStructuralFeature feature = feature(target, steps[steps.length - 1], element);
        if (feature instanceof EReference ref && ref.isContainment()) {
            throw new InputException(describe(element) + ": '" + path + "' holds elements of its own"
                    + (ref.isMany() ? "" : "; set their settings one by one, e.g. " + path + "."
                            + settableOf(ref.getEReferenceType()).stream().findFirst().orElse("name")));
        }
        if (value == null || value.isEmpty()) {
            target.eUnset(feature);
        } else if (feature instanceof EAttribute attribute) {
            if (attribute.isMany()) {
                List<Object> values = new ArrayList<>();
                for (String one : value.split(",")) {
                    values.add(fromText(element, path, attribute.getEAttributeType(), one.trim()));
                }
                target.eSet(attribute, values);
            } else {
                target.eSet(attribute, fromText(element, path, attribute.getEAttributeType(), value));
            }
        } else {
            EReference ref = (EReference) feature;
            Study study = study(element);
            if (ref.isMany()) {
                List<EObject> referred = new ArrayList<>();
                for (String one : value.split(",")) {
                    referred.add(named(study, ref.getEReferenceType(), one.trim(), element, path));
                }
                target.eSet(ref, referred);
            } else {
                target.eSet(ref, named(study, ref.getEReferenceType(), value, element, path));
            }
        }
    }

    @Override
    public List<String> settable(EObject element) {
        return settableOf(element.eClass());
    }

    private List<String> settableOf(EClass type) {
        List<String> names = new ArrayList<>();
        for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
            if (isComputed(feature) || feature.isDerived() || feature.isTransient()) {
                continue;
            }
            if (feature instanceof EReference ref && ref.isContainment()) {
                if (!ref.isMany()) {
                    for (String nested : settableOf(ref.getEReferenceType())) {
                        names.add(feature.getName() + "." + nested);
                    }
                }
            } else {
                names.add(feature.getName());
            }
        }
        return names;
    }

    @Override
    public boolean isComputed(EStructuralFeature feature) {
        EClass owner = feature.getEContainingClass();
        return COMPUTED.contains(feature.getName()) || owner == P.getResult() || owner == P.getEffectSize()
                || feature instanceof EReference ref && ref.getEReferenceType() == P.getResult();
    }

    @Override
    public void setParameter(EObject element, String name, String value) throws InputException {
        EReference holder = null;
        for (EReference ref : element.eClass().getEAllContainments()) {
            if (ref.isMany() && ref.getEReferenceType() == P.getParameter() && !isComputed(ref)) {
                holder = ref;
            }
        }
        if (holder == null) {
            throw new InputException(describe(element) + " has no parameters");
        }
        if (name == null || name.isBlank()) {
            throw new InputException(describe(element) + ": a parameter needs a name (NAME=VALUE)");
        }
        if (element instanceof ChartSpec chart && value != null && !value.isEmpty()) {
            checkOption(chart, name, value);
        }
        if (element instanceof Comparison comparison && value != null && !value.isEmpty()) {
            checkParameter(comparison, name, value);
        }
        EList<EObject> parameters = list(element, holder);
        EObject existing = null;
        for (EObject parameter : parameters) {
            if (name.equals(parameter.eGet(P.getParameter_Name()))) {
                existing = parameter;
            }
        }
        if (value == null || value.isEmpty()) {
            parameters.remove(existing);
            return;
        }
        if (existing == null) {
            existing = EcoreUtil.create(P.getParameter());
            existing.eSet(P.getParameter_Name(), name);
            parameters.add(existing);
        }
        existing.eSet(P.getParameter_Value(), value);
    }

    /** A chart kind that declares its options gets only those, with values of their types, as the chart editor offers. */
    private void checkOption(ChartSpec chart, String name, String value) throws InputException {
        Optional<ChartRenderer> renderer = chart.getKind() == null ? Optional.empty() : registry.chartRenderer(chart.getKind());
        List<ParameterSpec> options = renderer.map(ChartRenderer::options).orElse(List.of());
        if (options.isEmpty()) {
            return; // the built-in kinds read free-form properties (see docs/cli.md); an uninstalled kind cannot be checked
        }
        Optional<ParameterSpec> spec = options.stream().filter(o -> o.name().equals(name)).findFirst();
        if (spec.isEmpty()) {
            throw new InputException(describe(chart) + ": chart kind '" + chart.getKind() + "' has no option '" + name + "'; its options: "
                    + String.join(", ", options.stream().map(ParameterSpec::name).toList()));
        }
        try {
            Arguments.parse(List.of(spec.get()), Map.of(name, value));
        } catch (InputException e) {
            throw new InputException(describe(chart) + ": option " + e.getMessage().replace("--" + name, "'" + name + "'"), e);
        }
    }

    /** An installed comparator takes only the parameters it declares, with values of their types, as its form in the workbench does. */
    private void checkParameter(Comparison comparison, String name, String value) throws InputException {
        Optional<org.studybench.core.Comparator> comparator = comparison.getComparatorId() == null ? Optional.empty()
                : registry.comparator(comparison.getComparatorId());
        if (comparator.isEmpty()) {
            return; // not installed here (validation says so); its parameters cannot be checked
        }
        List<ParameterSpec> declared = comparator.get().parameters();
        Optional<ParameterSpec> spec = declared.stream().filter(p -> p.name().equals(name)).findFirst();
        if (spec.isEmpty()) {
            throw new InputException(describe(comparison) + ": comparator '" + comparison.getComparatorId() + "' has no parameter '" + name
                    + "'; its parameters: " + String.join(", ", declared.stream().map(ParameterSpec::name).toList()));
        }
        try {
            Arguments.parse(List.of(spec.get()), Map.of(name, value));
        } catch (InputException e) {
            throw new InputException(describe(comparison) + ": parameter " + e.getMessage().replace("--" + name, "'" + name + "'"), e);
        }
    }

    @Override
    public Estimate setEstimate(Finding finding, String segment, Map<String, String> settings) throws InputException {
        Study study = study(finding);
        EObject target = segment == null || segment.isEmpty() ? null : named(study, P.getSegment(), segment, finding, "estimate");
        Estimate estimate = null;
        for (Estimate existing : finding.getEstimates()) {
            if (existing.getSegment() == target) {
                estimate = existing;
            }
        }
        if (estimate == null) {
            estimate = (Estimate) EcoreUtil.create(P.getEstimate());
            estimate.setId(Ids.newId());
            estimate.eSet(P.getEstimate_Segment(), target);
            finding.getEstimates().add(estimate);
        }
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            set(estimate, setting.getKey(), setting.getValue());
        }
        return estimate;
    }

    @Override
    public EObject addItem(EObject element, String feature, Map<String, String> settings) throws InputException {
        EStructuralFeature holder = feature(element, feature, element);
        if (!(holder instanceof EReference ref && ref.isContainment() && ref.isMany())) {
            throw new InputException(describe(element) + ": '" + feature + "' is not a list of items; its lists: "
                    + String.join(", ", element.eClass().getEAllContainments().stream().filter(r -> r.isMany() && !isComputed(r))
                            .map(EReference::getName).toList()));
        }
        EObject item = EcoreUtil.create(ref.getEReferenceType());
        if (item instanceof Identified identified) {
            identified.setId(Ids.newId());
        }
        list(element, ref).add(item);
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            set(item, setting.getKey(), setting.getValue());
        }
        return item;
    }

    @Override
    public List<EObject> referrers(EObject element) {
        Set<EObject> result = new LinkedHashSet<>();
        for (EStructuralFeature.Setting setting : usages(element)) {
            result.add(setting.getEObject());
        }
        Map<EObject, Integer> order = new IdentityHashMap<>();
        int i = 0;
        for (TreeIterator<EObject> it = EcoreUtil.getRootContainer(element).eAllContents(); it.hasNext();) {
            order.put(it.next(), i++);
        }
        List<EObject> sorted = new ArrayList<>(result);
        sorted.sort((a, b) -> Integer.compare(order.getOrDefault(a, -1), order.getOrDefault(b, -1)));
        return sorted;
    }

    /** References from outside {@code element} to it or to anything inside it. */
    private List<EStructuralFeature.Setting> usages(EObject element) {
        List<EObject> targets = new ArrayList<>();
        targets.add(element);
        element.eAllContents().forEachRemaining(targets::add);
        List<EStructuralFeature.Setting> usages = new ArrayList<>();
        for (Collection<EStructuralFeature.Setting> settings : EcoreUtil.UsageCrossReferencer.findAll(targets, EcoreUtil.getRootContainer(element))
                .values()) {
            for (EStructuralFeature.Setting setting : settings) {
                if (!EcoreUtil.isAncestor(element, setting.getEObject())) {
                    usages.add(setting);
                }
            }
        }
        return usages;
    }

    @Override
    public String describe(EObject element) {
        if (element instanceof Study study) {
            return "study '" + study.getName() + "'";
        }
        if (element == null) {
            return "the study";
        }
        EReference holder = element.eContainmentFeature();
        String kind = kindOf(element.eClass());
        EObject container = element.eContainer();
        String prefix = container == null || container instanceof Study ? "" : describe(container) + " ";
        if (holder != null && kinds.get(kind) == holder) {
            return prefix + (nameOf(element) == null ? "untitled " + kind : kind + " '" + nameOf(element) + "'");
        }
        if (element instanceof Estimate estimate) {
            return prefix + "estimate for " + (estimate.getSegment() == null ? "the whole sample" : "'" + nameOf(estimate.getSegment()) + "'");
        }
        return prefix + kind;
    }

    @Override
    public void remove(EObject element, boolean force) throws InputException {
        if (element instanceof Study) {
            throw new InputException("the study itself cannot be removed; delete its file");
        }
        List<EObject> referrers = referrers(element);
        if (!referrers.isEmpty() && !force) {
            Set<String> names = new LinkedHashSet<>();
            for (EObject referrer : referrers) {
                names.add(describe(referrer));
            }
            throw new InputException(describe(element) + " is used by " + String.join(", ", names) + " (use --force to remove it and those references)");
        }
        for (EStructuralFeature.Setting usage : usages(element)) {
            // an estimate without its segment would read as the whole sample's: it goes with the segment (as in the workbench)
            if (usage.getEStructuralFeature() == P.getEstimate_Segment()) {
                EcoreUtil.remove(usage.getEObject());
            } else if (usage.getEStructuralFeature().isMany()) {
                ((List<?>) usage.get(false)).removeIf(target -> target == element || EcoreUtil.isAncestor(element, (EObject) target));
            } else {
                usage.unset();
            }
        }
        EcoreUtil.remove(element);
    }

    // ---- helpers

    private EReference holder(String kind) throws InputException {
        EReference holder = kinds.get(kind);
        if (holder == null) {
            throw new InputException("unknown kind '" + kind + "'; the kinds: " + String.join(", ", kinds.keySet()));
        }
        return holder;
    }

    private EObject owner(Study study, String kind, String parent) throws InputException {
        String parentKind = parentKind(kind);
        if (parentKind == null) {
            if (parent != null) {
                throw new InputException("a " + kind + " belongs to the study itself, not to '" + parent + "'");
            }
            return study;
        }
        if (parent == null || parent.isBlank()) {
            throw new InputException("a " + kind + " belongs to a " + parentKind + "; name it with --in " + parentKind.toUpperCase(Locale.ROOT));
        }
        return find(study, parentKind, parent, null);
    }

    @SuppressWarnings("unchecked")
    private static EList<EObject> list(EObject owner, EReference holder) {
        return (EList<EObject>) owner.eGet(holder);
    }

    private String where(EObject owner) {
        return owner instanceof Study ? "the study " : describe(owner) + " ";
    }

    private EStructuralFeature feature(EObject target, String name, EObject element) throws InputException {
        EStructuralFeature feature = target.eClass().getEStructuralFeature(name);
        if (feature == null || feature.isDerived() || feature.isTransient()) {
            throw new InputException(describe(element) + " has no setting '" + name + "'; its settings: " + String.join(", ", settable(element)));
        }
        if (isComputed(feature)) {
            throw new InputException(describe(element) + ": '" + name + "' is computed by StudyBench and cannot be set");
        }
        return feature;
    }

    private Object fromText(EObject element, String path, EDataType type, String text) throws InputException {
        String where = describe(element) + ": " + path + ": ";
        if (type instanceof EEnum enumeration) {
            EEnumLiteral literal = enumeration.getEEnumLiteralByLiteral(text);
            if (literal == null) {
                throw new InputException(where + "'" + text + "' is not one of "
                        + String.join(", ", enumeration.getELiterals().stream().map(EEnumLiteral::getLiteral).toList()));
            }
            return literal.getInstance();
        }
        Class<?> java = type.getInstanceClass();
        if (java == boolean.class || java == Boolean.class) {
            // EMF reads any word but "true" as false; a typo must not turn a setting off silently
            if (!text.equals("true") && !text.equals("false")) {
                throw new InputException(where + "expected true or false, got '" + text + "'");
            }
            return Boolean.valueOf(text);
        }
        try {
            Object value = EcoreUtil.createFromString(type, text);
            if (value instanceof Double d && !Double.isFinite(d)) {
                throw new InputException(where + "expected a finite number, got '" + text + "'");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InputException(where + "expected " + (java == int.class || java == Integer.class || java == long.class || java == Long.class
                    ? "a whole number" : "a number") + ", got '" + text + "'", e);
        } catch (IllegalArgumentException e) {
            throw new InputException(where + "'" + text + "' is not a valid " + type.getName(), e);
        }
    }

    /** The element of {@code type} named {@code name} anywhere in the study (the first, in model order). */
    private EObject named(Study study, EClass type, String name, EObject element, String path) throws InputException {
        List<String> names = new ArrayList<>();
        for (TreeIterator<EObject> it = study.eAllContents(); it.hasNext();) {
            EObject candidate = it.next();
            if (type.isSuperTypeOf(candidate.eClass())) {
                if (name.equals(nameOf(candidate))) {
                    return candidate;
                }
                names.add(nameOf(candidate));
            }
        }
        throw new InputException(describe(element) + ": " + path + ": the study has no " + kindOf(type) + " '" + name + "'"
                + (names.isEmpty() ? "" : "; its " + kindOf(type) + "s: " + String.join(", ", names)));
    }

    private static Study study(EObject element) {
        return (Study) EcoreUtil.getRootContainer(element);
    }

    /** The attribute users name an element by: its name, or its title for elements without one (sections). */
    private static EAttribute nameFeature(EClass type) {
        for (String candidate : List.of("name", "title")) {
            if (type.getEStructuralFeature(candidate) instanceof EAttribute attribute
                    && attribute.getEAttributeType() == EcorePackage.Literals.ESTRING) {
                return attribute;
            }
        }
        return null;
    }

    private static String nameOf(EObject element) {
        EAttribute feature = nameFeature(element.eClass());
        return feature == null ? null : (String) element.eGet(feature);
    }

    /** {@code ChartSpec} → {@code chart}, {@code MultipleResponseSet} → {@code multiple-response-set}. */
    static String kindOf(EClass type) {
        String name = type.getName().endsWith("Spec") ? type.getName().substring(0, type.getName().length() - 4) : type.getName();
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
