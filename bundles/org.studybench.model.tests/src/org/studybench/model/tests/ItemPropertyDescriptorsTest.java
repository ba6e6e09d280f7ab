package org.studybench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Finding;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.StudyPackage;
import org.studybench.model.study.provider.StudyItemProviderAdapterFactory;

/**
 * The item property descriptors generated from study.genmodel (bundle org.studybench.model.edit) say
 * what the workbench's forms show: provenance written by tools is read-only, long texts are multi-line,
 * every feature has a display name. These facts live only in study.genmodel.
 */
class ItemPropertyDescriptorsTest {

    private static final StudyPackage P = StudyPackage.eINSTANCE;
    /** Written by the import, the computation or the loader, never typed. */
    private static final Set<String> PROVENANCE = Set.of("id", "inputHash", "contentHash", "rowCount", "toolVersion");
    private static final Set<String> LONG_TEXT = Set.of("description", "notes", "text", "citation");

    private final StudyItemProviderAdapterFactory factory = new StudyItemProviderAdapterFactory();

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    private IItemPropertyDescriptor descriptor(EObject owner, EStructuralFeature feature) {
        IItemPropertySource source = (IItemPropertySource) factory.adapt(owner, IItemPropertySource.class);
        assertNotNull(source, owner.eClass().getName() + " has no item property source");
        return source.getPropertyDescriptor(owner, feature);
    }

    @Test
    void provenanceWrittenByToolsCannotBeSet() {
        Dataset dataset = StudyFactory.eINSTANCE.createDataset();
        assertFalse(descriptor(dataset, P.getDataset_RowCount()).canSetProperty(dataset));
        assertFalse(descriptor(dataset, P.getDataset_ContentHash()).canSetProperty(dataset));
        assertFalse(descriptor(dataset, P.getIdentified_Id()).canSetProperty(dataset));
        assertTrue(descriptor(dataset, P.getDataset_Uri()).canSetProperty(dataset));
        assertTrue(descriptor(dataset, P.getNamed_Name()).canSetProperty(dataset));
        Finding finding = StudyFactory.eINSTANCE.createFinding();
        assertFalse(descriptor(finding, P.getFinding_InputHash()).canSetProperty(finding));
        assertTrue(descriptor(finding, P.getFinding_Notes()).canSetProperty(finding));
    }

    @Test
    void longTextsAreMultiLine() {
        var study = StudyFactory.eINSTANCE.createStudy();
        assertTrue(descriptor(study, P.getStudy_Description()).isMultiLine(study));
        assertFalse(descriptor(study, P.getStudy_Title()).isMultiLine(study));
        var source = StudyFactory.eINSTANCE.createSource();
        assertTrue(descriptor(source, P.getSource_Citation()).isMultiLine(source));
    }

    /** Every class: its provenance features read-only, its long texts multi-line, all others editable one-liners. */
    @Test
    void everyClassFollowsTheGenModel() {
        List<String> wrong = new ArrayList<>();
        for (EClassifier classifier : P.getEClassifiers()) {
            if (!(classifier instanceof EClass type) || type.isAbstract()) {
                continue;
            }
            EObject owner = EcoreUtil.create(type);
            for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
                IItemPropertyDescriptor descriptor = descriptor(owner, feature);
                if (descriptor == null) {
                    continue; // containments: no property
                }
                String name = type.getName() + "." + feature.getName();
                if (descriptor.canSetProperty(owner) == PROVENANCE.contains(feature.getName())) {
                    wrong.add(name + (descriptor.canSetProperty(owner) ? " can be set" : " cannot be set"));
                }
                if (descriptor.isMultiLine(owner) != LONG_TEXT.contains(feature.getName())) {
                    wrong.add(name + (descriptor.isMultiLine(owner) ? " is multi-line" : " is one line"));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void displayNamesAndLabelsComeFromPluginProperties() {
        var instrument = StudyFactory.eINSTANCE.createInstrument();
        assertEquals("Fieldwork Start", descriptor(instrument, P.getInstrument_FieldworkStart()).getDisplayName(instrument));
        Dataset dataset = StudyFactory.eINSTANCE.createDataset();
        assertEquals("Row Count", descriptor(dataset, P.getDataset_RowCount()).getDisplayName(dataset));

        Finding finding = StudyFactory.eINSTANCE.createFinding();
        finding.setName("security");
        IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(finding, IItemLabelProvider.class);
        assertEquals("Finding security", labels.getText(finding));
        assertNotNull(labels.getImage(finding), "the generated icon");
    }
}
