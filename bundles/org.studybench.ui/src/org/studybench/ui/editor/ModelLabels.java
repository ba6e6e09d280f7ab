package org.studybench.ui.editor;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.studybench.model.study.provider.StudyEditPlugin;
import org.studybench.model.study.provider.StudyItemProviderAdapterFactory;

/**
 * What the workbench shows of model elements and their features, taken from the EMF.Edit item
 * providers generated from study.genmodel (bundle org.studybench.model.edit), with StudyBench's own
 * tree labels ({@link StudyLabels}) and EMF's reflective providers for any other model:
 * an element's text and icon, a feature's display name, whether it can be set, whether it is long text.
 * A new attribute in study.ecore thus needs no change here; what the forms make of it (read-only,
 * multi-line) is set on its GenFeature in study.genmodel.
 * <p>
 * The generated providers are stateless singletons (the genmodel's default provider type), so they are
 * asked directly instead of being attached as adapters to the elements: attached, a singleton keeps a
 * list of every element it was attached to, and this one factory serves every study ever opened.
 */
public final class ModelLabels {

    private static final StudyItemProviderAdapterFactory STUDY = new StudyItemProviderAdapterFactory();
    private static final ReflectiveItemProviderAdapterFactory REFLECTIVE = new ReflectiveItemProviderAdapterFactory();
    private static final ComposedAdapterFactory FACTORY = new ComposedAdapterFactory(new AdapterFactory[] { STUDY, REFLECTIVE });

    private ModelLabels() {
    }

    /** The item provider of {@code object} that implements {@code type}; null for what is not a model element. */
    private static <T> T provider(Object object, Class<T> type) {
        if (!(object instanceof EObject element)) {
            return null;
        }
        AdapterFactory factory = FACTORY.getFactoryForTypes(List.of(element.eClass().getEPackage(), type));
        Adapter adapter = factory == STUDY ? STUDY.createAdapter(element) : REFLECTIVE.createAdapter(element);
        return type.isInstance(adapter) ? type.cast(adapter) : null;
    }

    /** How trees show {@code element}: StudyBench's label ("label  [name]"), else its item provider's text, else its string. */
    public static String text(Object element) {
        String own = StudyLabels.of(element);
        if (own != null) {
            return own;
        }
        IItemLabelProvider labels = provider(element, IItemLabelProvider.class);
        return labels != null ? labels.getText(element) : String.valueOf(element);
    }

    /** The element's icon as its item provider gives it (a URL of a generated icon), or null. */
    public static Object image(Object element) {
        IItemLabelProvider labels = provider(element, IItemLabelProvider.class);
        return labels == null ? null : labels.getImage(element);
    }

    /** The item property descriptor of {@code owner}'s {@code feature}, or null (containments have none). */
    public static IItemPropertyDescriptor descriptor(EObject owner, EStructuralFeature feature) {
        IItemPropertySource properties = provider(owner, IItemPropertySource.class);
        return properties == null ? null : properties.getPropertyDescriptor(owner, feature);
    }

    /**
     * The feature's name for a form's label, in sentence case ("Fieldwork start", "P value"): the
     * descriptor's display name (plugin.properties of the edit bundle), whose title case ("Fieldwork
     * Start", "PValue") the Eclipse UI guidelines keep for titles.
     */
    public static String displayName(EObject owner, EStructuralFeature feature) {
        String researchers = VOCABULARY.get(feature.getEContainingClass().getName() + "." + feature.getName());
        if (researchers == null) {
            researchers = VOCABULARY.get("*." + feature.getName());
        }
        if (researchers != null) {
            return researchers;
        }
        IItemPropertyDescriptor descriptor = descriptor(owner, feature);
        String name;
        if (descriptor != null) {
            name = descriptor.getDisplayName(owner);
        } else {
            try { // the key EMF's item providers use for a feature without a descriptor
                name = StudyEditPlugin.INSTANCE.getString("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature");
            } catch (MissingResourceException e) {
                name = feature.getName();
            }
        }
        return sentence(name);
    }

    /**
     * The words a researcher uses where the model's feature names are a programmer's ("Uri", "Comparator
     * id", "Df2", "Ci low"); the other features' generated names read well as they are. "*" is any class.
     */
    private static final java.util.Map<String, String> VOCABULARY = java.util.Map.ofEntries(
            java.util.Map.entry("Dataset.uri", "Data file (or database table)"),
            java.util.Map.entry("Dataset.rowCount", "Respondents (rows)"),
            java.util.Map.entry("Dataset.contentHash", "Data file checksum (SHA-256)"),
            java.util.Map.entry("Dataset.synthetic", "Synthetic (generated, not collected)"),
            java.util.Map.entry("Comparison.comparatorId", "Method"),
            java.util.Map.entry("Comparison.family", "Family (adjusted together)"),
            java.util.Map.entry("Result.statisticName", "Statistic"),
            java.util.Map.entry("Result.statistic", "Value of the statistic"),
            java.util.Map.entry("Result.df", "Degrees of freedom"),
            java.util.Map.entry("Result.df2", "Denominator degrees of freedom"),
            java.util.Map.entry("Result.pValue", "p"),
            java.util.Map.entry("Result.adjustedP", "Adjusted p"),
            java.util.Map.entry("Result.adjustment", "Adjustment for multiple comparisons"),
            java.util.Map.entry("Result.toolVersion", "Computed by"),
            java.util.Map.entry("Result.methodText", "Method in words"),
            java.util.Map.entry("*.inputHash", "Input checksum (recomputed when it changes)"),
            java.util.Map.entry("*.ciLow", "Interval from"),
            java.util.Map.entry("*.ciHigh", "Interval to"),
            java.util.Map.entry("*.ciLevel", "Confidence level"),
            java.util.Map.entry("Estimate.ciMethod", "Interval method"),
            java.util.Map.entry("Estimate.sd", "Standard deviation"),
            java.util.Map.entry("Estimate.n", "Base (n)"),
            java.util.Map.entry("Base.n", "Base (n)"),
            java.util.Map.entry("Base.within", "Among those who (a finding)"),
            java.util.Map.entry("Source.url", "Web address"),
            java.util.Map.entry("ChartSpec.xLabel", "Horizontal axis title"),
            java.util.Map.entry("ChartSpec.yLabel", "Vertical axis title"),
            java.util.Map.entry("ChartSpec.xScale", "Horizontal scale"),
            java.util.Map.entry("ChartSpec.yScale", "Vertical scale"),
            java.util.Map.entry("ChartSpec.kind", "Chart type"),
            java.util.Map.entry("ChartSpec.properties", "Chart type options"),
            java.util.Map.entry("Section.kind", "Shows"),
            java.util.Map.entry("TableSpec.rows", "Questions (rows)"),
            java.util.Map.entry("TableSpec.columns", "Breakdowns (columns)"),
            java.util.Map.entry("TableSpec.alpha", "Significance level of the letters"),
            java.util.Map.entry("TableSpec.correction", "Correction of the letters"),
            java.util.Map.entry("TableSpec.counts", "Respondents in each cell"),
            java.util.Map.entry("TableSpec.tests", "Test of each question"),
            java.util.Map.entry("TableSpec.means", "Means of numeric answers"),
            java.util.Map.entry("TableSpec.minimumBase", "Smallest base for letters"),
            java.util.Map.entry("Variable.measureLevel", "Measure level"),
            java.util.Map.entry("Variable.role", "Role in the design"),
            java.util.Map.entry("Variable.missingValues", "Missing codes"),
            java.util.Map.entry("Net.levels", "Answers combined"),
            java.util.Map.entry("MultipleResponseSet.countedValue", "Value that counts as selected"));

    /** Whether a form may change the feature: false for provenance that tools write (Readonly in study.genmodel). */
    public static boolean settable(EObject owner, EStructuralFeature feature) {
        IItemPropertyDescriptor descriptor = descriptor(owner, feature);
        return descriptor != null ? descriptor.canSetProperty(owner) : feature.isChangeable();
    }

    /** Whether the feature is long text that gets a multi-line field (propertyMultiLine in study.genmodel). */
    public static boolean multiLine(EObject owner, EStructuralFeature feature) {
        IItemPropertyDescriptor descriptor = descriptor(owner, feature);
        return descriptor != null && descriptor.isMultiLine(owner) && !feature.isMany();
    }

    /** "Fieldwork Start" → "Fieldwork start", "PValue" → "P value", "Ci Low" → "Ci low"; all-capital words such as "URL" stay. */
    static String sentence(String title) {
        String[] words = title.replaceAll("(?<=[A-Z])(?=[A-Z][a-z])", " ").trim().split(" +");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
            b.append(i == 0 ? "" : " ").append(i == 0 || acronym ? w : w.toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
