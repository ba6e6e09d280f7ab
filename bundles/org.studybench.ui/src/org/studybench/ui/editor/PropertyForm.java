package org.studybench.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.studybench.model.io.Ids;
import org.studybench.model.study.Identified;
import org.studybench.model.study.Named;
import org.studybench.model.study.StudyPackage;

/**
 * An editable form for any model element, built from its class by reflection: text fields for text
 * and numbers (checked, with the reason shown beside a bad value instead of writing it), check boxes,
 * drop-downs for enumerations and for references to other elements of the study, check lists for
 * references to several, and a nested group for a contained element such as a finding's base (typing
 * into it creates the base). Text fields commit on Enter or when they lose focus; every change is one
 * undoable command. Provenance written by tools (ids, input hashes, row counts) and computed values (a
 * comparison's result, a computed finding's estimates) are shown read-only.
 * <p>
 * Each feature's label, whether it can be set and whether it is long text come from the item property
 * descriptors generated from study.genmodel ({@link ModelLabels}); only the rule for computed elements
 * is the form's own.
 * <p>
 * Each control carries the id {@code prefix + "." + feature} (nested: {@code prefix + ".base.n"}) so
 * tests and jump-to-field can find it.
 */
public final class PropertyForm {

    /** Suggestions for a text feature (e.g. the variables of a finding's dataset); null when it is free text. */
    public interface Choices {
        List<String> of(EObject owner, EStructuralFeature feature);

        /**
         * How the drop-down shows a suggested {@code value} (a variable by its label, "label  [name]");
         * the value itself by default. Choosing the shown text writes the value.
         */
        default String shown(EObject owner, EStructuralFeature feature, String value) {
            return value;
        }

        Choices NONE = (owner, feature) -> null;
    }

    private static final StudyPackage P = StudyPackage.eINSTANCE;
    /** A suggestion drop-down's data: the values its items show. */
    private static final String SUGGESTED = "studybench.suggested";

    /** One control bound to a feature of the form's element, or of an element it contains. */
    private interface Field {
        void show();
    }

    private final StudyEditing editing;
    private final String prefix;
    private final Choices choices;
    private final Predicate<EStructuralFeature> shown;
    private final ScrolledComposite scroll;
    private final Composite form;
    private final List<Field> fields = new ArrayList<>();
    private EClass builtFor;
    private boolean builtComputed;
    private EObject element;

    /**
     * @param shown which features to offer (the others stay hidden); multi-valued containments
     *              (questions of an instrument, estimates of a finding) are always left to their pages
     */
    public PropertyForm(Composite parent, StudyEditing editing, String prefix, Choices choices, Predicate<EStructuralFeature> shown) {
        this.editing = editing;
        this.prefix = prefix;
        this.choices = choices;
        this.shown = shown;
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        form = new Composite(scroll, SWT.NONE);
        form.setLayout(new GridLayout(3, false));
        scroll.setContent(form);
        Live.follow(form, editing, this::refresh);
    }

    public Control control() {
        return scroll;
    }

    public EObject element() {
        return element;
    }

    /** The id of the control for {@code feature} ({@code nested} is the containment it sits in, or null). */
    public String id(EReference nested, EStructuralFeature feature) {
        return prefix + "." + (nested == null ? "" : nested.getName() + ".") + feature.getName();
    }

    /** Shows {@code element}'s properties (null shows nothing); the controls are rebuilt only when its class changes. */
    public void bind(EObject element) {
        this.element = element;
        EClass type = element == null ? null : element.eClass();
        boolean computed = element != null && computed(element);
        if (type != builtFor || computed != builtComputed) {
            Arrays.stream(form.getChildren()).forEach(Control::dispose);
            fields.clear();
            builtFor = type;
            builtComputed = computed;
            if (type != null) {
                build(type);
            }
        }
        refresh();
    }

    /** Shows the model's current values (after an undo, or a change made elsewhere). */
    public void refresh() {
        if (element != null && element != editing.study() && !EcoreUtil.isAncestor(editing.study(), element)) {
            bind(null); // deleted
            return;
        }
        if (element != null && computed(element) != builtComputed) {
            bind(element); // e.g. its finding's origin became "computed"
            return;
        }
        fields.forEach(Field::show);
        form.layout(true, true);
        scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private void build(EClass type) {
        for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
            if (!shown.test(feature) || feature.isMany() && feature instanceof EReference r && r.isContainment()) {
                continue;
            }
            if (feature instanceof EReference r && r.isContainment()) {
                nested(form, r);
            } else {
                field(form, null, feature);
            }
        }
    }

    /** A group for a single contained element (a finding's base): its fields create it when first given a value. */
    private void nested(Composite parent, EReference containment) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(ModelLabels.displayName(element, containment));
        group.setLayout(new GridLayout(3, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        boolean computed = containment.getEReferenceType() == P.getResult();
        EObject described = described(containment);
        for (EStructuralFeature feature : containment.getEReferenceType().getEAllStructuralFeatures()) {
            if (!(feature instanceof EReference r && r.isContainment()) && (computed || ModelLabels.settable(described, feature))) {
                field(group, containment, feature);
            }
        }
    }

    private void field(Composite parent, EReference nested, EStructuralFeature feature) {
        EObject described = described(nested);
        boolean multiLine = ModelLabels.multiLine(described, feature);
        Label name = new Label(parent, SWT.NONE);
        name.setText(ModelLabels.displayName(described, feature));
        name.setLayoutData(new GridData(SWT.LEFT, feature.isMany() || multiLine ? SWT.TOP : SWT.CENTER, false, false));
        String id = id(nested, feature);
        Label error = new Label(parent, SWT.NONE);
        error.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        Field field;
        if (!ModelLabels.settable(described, feature) && nested == null || builtComputed && nested == null
                || nested != null && nested.getEReferenceType() == P.getResult()) {
            field = readOnly(parent, nested, feature, id);
        } else if (feature instanceof EReference reference) {
            field = reference.isMany() ? checkList(parent, nested, reference, id) : dropDown(parent, nested, reference, id);
        } else if (feature.getEType() instanceof EEnum) {
            field = enumeration(parent, nested, (EAttribute) feature, id);
        } else if (isBoolean(feature)) {
            field = checkBox(parent, nested, feature, id);
        } else {
            field = text(parent, nested, (EAttribute) feature, id, error, multiLine);
        }
        Control[] children = parent.getChildren();
        error.moveBelow(children[children.length - 1]);
        error.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        fields.add(field);
    }

    private Field readOnly(Composite parent, EReference nested, EStructuralFeature feature, String id) {
        Text text = new Text(parent, SWT.READ_ONLY);
        text.setData(org.studybench.ui.editor.Ids.KEY, id);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return () -> {
            EObject owner = owner(nested);
            Object value = owner == null ? null : owner.eGet(feature);
            Fields.show(text, value instanceof List<?> list ? String.join(", ", list.stream().map(PropertyForm::shown).toList()) : shown(value));
        };
    }

    private static String shown(Object value) {
        return value instanceof EObject o ? name(o) : Objects.toString(value, "");
    }

    /**
     * Whether {@code element} holds values a tool computes — a comparison's result, the estimates of a
     * finding computed from data — which the form shows but never lets be typed over: "Run all" and
     * "Compute from data" write them, with the input hash that says what they were computed from.
     */
    static boolean computed(EObject element) {
        for (EObject o = element; o != null; o = o.eContainer()) {
            if (o instanceof org.studybench.model.study.Result) {
                return true;
            }
        }
        return element instanceof org.studybench.model.study.Estimate e && e.eContainer() instanceof org.studybench.model.study.Finding f
                && f.getOrigin() == org.studybench.model.study.Origin.COMPUTED;
    }

    private Field text(Composite parent, EReference nested, EAttribute feature, String id, Label error, boolean multiLine) {
        boolean suggested = !multiLine && choices.of(element, feature) != null;
        Control control;
        if (suggested) {
            control = new Combo(parent, SWT.DROP_DOWN);
        } else {
            control = new Text(parent, SWT.BORDER | (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
        }
        control.setData(org.studybench.ui.editor.Ids.KEY, id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 320;
        if (multiLine) {
            data.heightHint = 56;
        }
        control.setLayoutData(data);
        Runnable commit = () -> {
            String typed = control instanceof Combo c ? suggested(c, feature) : ((Text) control).getText();
            try {
                Object value = parse(feature, typed);
                error.setText("");
                set(nested, feature, value);
            } catch (IllegalArgumentException e) {
                error.setText(e.getMessage());
                error.getParent().layout();
            }
        };
        if (!multiLine) {
            control.addListener(SWT.DefaultSelection, e -> commit.run());
        }
        if (control instanceof Combo combo) {
            combo.addListener(SWT.Selection, e -> commit.run());
        }
        control.addListener(SWT.FocusOut, e -> commit.run());
        return () -> {
            EObject owner = owner(nested);
            control.setEnabled(element != null);
            Object value = owner == null ? null : owner.eGet(feature);
            String shownText = value == null ? "" : value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                    : String.valueOf(value);
            if (control instanceof Combo combo) {
                List<String> offered = choices.of(element, feature);
                List<String> values = offered == null ? List.of() : offered;
                String[] items = values.stream().map(v -> choices.shown(element, feature, v)).toArray(String[]::new);
                if (!Arrays.equals(items, combo.getItems())) {
                    combo.setItems(items);
                }
                combo.setData(SUGGESTED, values);
                int index = values.indexOf(shownText); // a suggested value by its label, anything else as typed
                String text = index >= 0 ? items[index] : shownText;
                if (!combo.getText().equals(text)) {
                    combo.setText(text);
                }
            } else {
                Fields.show((Text) control, shownText);
            }
            error.setText("");
        };
    }

    /** The value of a suggestion's drop-down: the suggested value whose shown text it is, else the text as typed. */
    private static String suggested(Combo combo, EStructuralFeature feature) {
        String text = combo.getText();
        int index = java.util.List.of(combo.getItems()).indexOf(text);
        return index >= 0 && combo.getData(SUGGESTED) instanceof List<?> values && index < values.size() ? (String) values.get(index) : text;
    }

    private Field checkBox(Composite parent, EReference nested, EStructuralFeature feature, String id) {
        Button box = new Button(parent, SWT.CHECK);
        box.setData(org.studybench.ui.editor.Ids.KEY, id);
        box.addListener(SWT.Selection, e -> set(nested, feature, box.getSelection()));
        return () -> {
            EObject owner = owner(nested);
            box.setSelection(owner != null && Boolean.TRUE.equals(owner.eGet(feature)));
        };
    }

    private Field enumeration(Composite parent, EReference nested, EAttribute feature, String id) {
        Combo combo = new Combo(parent, SWT.DROP_DOWN | SWT.READ_ONLY);
        combo.setData(org.studybench.ui.editor.Ids.KEY, id);
        List<EEnumLiteral> literals = ((EEnum) feature.getEType()).getELiterals();
        literals.forEach(l -> combo.add(l.getLiteral()));
        combo.addListener(SWT.Selection, e -> set(nested, feature, literals.get(combo.getSelectionIndex()).getInstance()));
        return () -> {
            EObject owner = owner(nested);
            Object value = owner == null ? null : owner.eGet(feature);
            int index = value == null ? -1 : combo.indexOf(value.toString());
            if (combo.getSelectionIndex() != index) {
                if (index < 0) {
                    combo.deselectAll();
                } else {
                    combo.select(index);
                }
            }
        };
    }

    /** A reference to one other element of the study: "(none)" and every element of the referenced type. */
    private Field dropDown(Composite parent, EReference nested, EReference reference, String id) {
        Combo combo = new Combo(parent, SWT.DROP_DOWN | SWT.READ_ONLY);
        combo.setData(org.studybench.ui.editor.Ids.KEY, id);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        List<EObject> shownCandidates = new ArrayList<>();
        combo.addListener(SWT.Selection, e -> {
            int i = combo.getSelectionIndex();
            set(nested, reference, i <= 0 ? null : shownCandidates.get(i - 1));
        });
        return () -> {
            List<EObject> candidates = candidates(reference);
            String[] items = new String[candidates.size() + 1];
            items[0] = "(none)";
            for (int i = 0; i < candidates.size(); i++) {
                items[i + 1] = name(candidates.get(i));
            }
            if (!Arrays.equals(items, combo.getItems())) {
                combo.setItems(items);
            }
            shownCandidates.clear();
            shownCandidates.addAll(candidates);
            EObject owner = owner(nested);
            combo.select(owner == null ? 0 : candidates.indexOf(owner.eGet(reference)) + 1);
        };
    }

    /** A reference to several elements: a check list of every element of the referenced type. */
    private Field checkList(Composite parent, EReference nested, EReference reference, String id) {
        Table table = new Table(parent, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        table.setData(org.studybench.ui.editor.Ids.KEY, id);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = 5 * table.getItemHeight();
        data.widthHint = 320;
        table.setLayoutData(data);
        table.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                List<Object> chosen = new ArrayList<>();
                for (TableItem item : table.getItems()) {
                    if (item.getChecked()) {
                        chosen.add(item.getData());
                    }
                }
                set(nested, reference, chosen);
            }
        });
        return () -> {
            List<EObject> candidates = candidates(reference);
            EObject owner = owner(nested);
            List<?> chosen = owner == null ? List.of() : (List<?>) owner.eGet(reference);
            table.setRedraw(false);
            table.removeAll();
            for (EObject c : candidates) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(name(c));
                item.setData(c);
                item.setChecked(chosen.contains(c));
            }
            table.setRedraw(true);
        };
    }

    /** Every element of the study of the reference's type, in document order (the element itself excluded). */
    private List<EObject> candidates(EReference reference) {
        List<EObject> found = new ArrayList<>();
        EClass type = reference.getEReferenceType();
        EcoreUtil.getAllContents(editing.study(), true).forEachRemaining(o -> {
            if (o instanceof EObject e && type.isInstance(e) && e != element) {
                found.add(e);
            }
        });
        if (type.isInstance(editing.study())) {
            found.add(0, editing.study());
        }
        return found;
    }

    /**
     * What the item property descriptors are asked about for the controls of {@code nested} (null: the
     * element itself): its contained element, or while there is none (a finding without a base yet) a
     * fresh one of its type.
     */
    private EObject described(EReference nested) {
        EObject owner = owner(nested);
        return owner != null ? owner : EcoreUtil.create(nested.getEReferenceType());
    }

    private EObject owner(EReference nested) {
        if (element == null) {
            return null;
        }
        return nested == null ? element : (EObject) element.eGet(nested);
    }

    /** Writes a value; into a contained element that does not exist yet, creating it in the same undo step. */
    private void set(EReference nested, EStructuralFeature feature, Object value) {
        if (element == null) {
            return;
        }
        EObject owner = owner(nested);
        if (owner != null) {
            editing.set(owner, feature, value);
        } else if (value != null && !Boolean.FALSE.equals(value) && !(value instanceof List<?> l && l.isEmpty())) {
            EObject target = element;
            editing.change("Set " + nested.getName() + " " + feature.getName(), () -> {
                EObject created = EcoreUtil.create(nested.getEReferenceType());
                if (created instanceof Identified identified) {
                    identified.setId(Ids.newId());
                }
                created.eSet(feature, value);
                target.eSet(nested, created);
            });
        }
    }

    /** The typed text as the feature's value: blank is "no value"; numbers are checked; a list is comma-separated. */
    static Object parse(EAttribute feature, String typed) {
        String text = typed.trim();
        Class<?> type = feature.getEType().getInstanceClass();
        if (feature.isMany()) {
            return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        if (text.isEmpty()) {
            if (type != null && type.isPrimitive()) {
                throw new IllegalArgumentException("a value is needed");
            }
            return null;
        }
        if (type == int.class || type == Integer.class) {
            try {
                int n = Integer.parseInt(text);
                if (n < 0 || n == 0 && feature == P.getBase_N()) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(feature == P.getBase_N() ? "a whole number above 0" : "a whole number, 0 or more");
            }
        }
        if (type == long.class || type == Long.class) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a whole number");
            }
        }
        if (type == double.class || type == Double.class) {
            try {
                double v = Double.parseDouble(text.replace(',', '.'));
                if (!Double.isFinite(v)) {
                    throw new NumberFormatException();
                }
                return v;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a number such as 0.95");
            }
        }
        return typed;
    }

    private static boolean isBoolean(EStructuralFeature feature) {
        Class<?> type = feature.getEType().getInstanceClass();
        return type == boolean.class || type == Boolean.class;
    }

    /** How an element is offered in a drop-down or check list: "label  [name]" (its name where it has no label), or what it is. */
    static String name(EObject element) {
        if (element instanceof Named named && named.getName() != null) {
            return StudyLabels.labelled(named.getLabel(), named.getName());
        }
        return org.studybench.model.validation.Describe.of(element);
    }
}
