/**
 * Copyright (c) 2026 StudyBench contributors. SPDX-License-Identifier: EPL-2.0.
 * Generated from study.genmodel; do not edit by hand (run the regeneration described in the README).
 */
package org.studybench.model.study.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.studybench.model.study.Annotation;
import org.studybench.model.study.AxisScale;
import org.studybench.model.study.Base;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Comparison;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.EffectSize;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Finding;
import org.studybench.model.study.Identified;
import org.studybench.model.study.Instrument;
import org.studybench.model.study.MeasureKind;
import org.studybench.model.study.MeasureLevel;
import org.studybench.model.study.MultipleResponseSet;
import org.studybench.model.study.Named;
import org.studybench.model.study.Net;
import org.studybench.model.study.Option;
import org.studybench.model.study.Origin;
import org.studybench.model.study.Parameter;
import org.studybench.model.study.Question;
import org.studybench.model.study.QuestionType;
import org.studybench.model.study.ReportSpec;
import org.studybench.model.study.Result;
import org.studybench.model.study.Section;
import org.studybench.model.study.SectionKind;
import org.studybench.model.study.Segment;
import org.studybench.model.study.SortOrder;
import org.studybench.model.study.Source;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.StudyPackage;
import org.studybench.model.study.TableSpec;
import org.studybench.model.study.TableWeighting;
import org.studybench.model.study.ValueLabel;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableRole;
import org.studybench.model.study.VariableType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class StudyPackageImpl extends EPackageImpl implements StudyPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass studyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass instrumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass questionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass optionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass datasetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass variableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass netEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass valueLabelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass multipleResponseSetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass segmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass findingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass baseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass estimateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass comparisonEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass parameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass effectSizeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass chartSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass annotationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tableSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reportSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum questionTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum variableTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum measureLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum variableRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum measureKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum originEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum axisScaleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sortOrderEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum tableWeightingEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sectionKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.studybench.model.study.StudyPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private StudyPackageImpl() {
		super(eNS_URI, StudyFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link StudyPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static StudyPackage init() {
		if (isInited) return (StudyPackage)EPackage.Registry.INSTANCE.getEPackage(StudyPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredStudyPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		StudyPackageImpl theStudyPackage = registeredStudyPackage instanceof StudyPackageImpl ? (StudyPackageImpl)registeredStudyPackage : new StudyPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theStudyPackage.createPackageContents();

		// Initialize created meta-data
		theStudyPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theStudyPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(StudyPackage.eNS_URI, theStudyPackage);
		return theStudyPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamed() {
		return namedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Name() {
		return (EAttribute)namedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Label() {
		return (EAttribute)namedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStudy() {
		return studyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Title() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Description() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Date() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Sources() {
		return (EReference)studyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Instruments() {
		return (EReference)studyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Datasets() {
		return (EReference)studyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Segments() {
		return (EReference)studyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Findings() {
		return (EReference)studyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Comparisons() {
		return (EReference)studyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Charts() {
		return (EReference)studyEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Tables() {
		return (EReference)studyEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Reports() {
		return (EReference)studyEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSource() {
		return sourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Title() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Author() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Publisher() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Date() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Url() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Citation() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Notes() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInstrument() {
		return instrumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_Mode() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_Population() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_FieldworkStart() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_FieldworkEnd() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_PlannedSampleSize() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrument_Source() {
		return (EReference)instrumentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrument_Questions() {
		return (EReference)instrumentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuestion() {
		return questionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuestion_Text() {
		return (EAttribute)questionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuestion_Type() {
		return (EAttribute)questionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQuestion_Options() {
		return (EReference)questionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOption() {
		return optionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOption_Code() {
		return (EAttribute)optionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOption_Label() {
		return (EAttribute)optionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataset() {
		return datasetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataset_Uri() {
		return (EAttribute)datasetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataset_RowCount() {
		return (EAttribute)datasetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataset_ContentHash() {
		return (EAttribute)datasetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataset_Synthetic() {
		return (EAttribute)datasetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataset_Description() {
		return (EAttribute)datasetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataset_Source() {
		return (EReference)datasetEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataset_Instrument() {
		return (EReference)datasetEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataset_Variables() {
		return (EReference)datasetEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataset_MultipleResponseSets() {
		return (EReference)datasetEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVariable() {
		return variableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVariable_Type() {
		return (EAttribute)variableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVariable_MeasureLevel() {
		return (EAttribute)variableEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVariable_Role() {
		return (EAttribute)variableEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVariable_ValueLabels() {
		return (EReference)variableEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVariable_MissingValues() {
		return (EAttribute)variableEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVariable_Question() {
		return (EReference)variableEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVariable_Nets() {
		return (EReference)variableEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNet() {
		return netEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNet_Levels() {
		return (EAttribute)netEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getValueLabel() {
		return valueLabelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueLabel_Value() {
		return (EAttribute)valueLabelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueLabel_Label() {
		return (EAttribute)valueLabelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMultipleResponseSet() {
		return multipleResponseSetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMultipleResponseSet_Variables() {
		return (EReference)multipleResponseSetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMultipleResponseSet_CountedValue() {
		return (EAttribute)multipleResponseSetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMultipleResponseSet_Question() {
		return (EReference)multipleResponseSetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSegment() {
		return segmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_Filter() {
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_Description() {
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFinding() {
		return findingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Measure() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Origin() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_Source() {
		return (EReference)findingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_Question() {
		return (EReference)findingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_Dataset() {
		return (EReference)findingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Variable() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Level() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_MultipleResponseSet() {
		return (EReference)findingEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_Base() {
		return (EReference)findingEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_Estimates() {
		return (EReference)findingEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Notes() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_InputHash() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBase() {
		return baseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBase_Label() {
		return (EAttribute)baseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBase_N() {
		return (EAttribute)baseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBase_Within() {
		return (EReference)baseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEstimate() {
		return estimateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEstimate_Segment() {
		return (EReference)estimateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEstimate_Value() {
		return (EAttribute)estimateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEstimate_N() {
		return (EAttribute)estimateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEstimate_Count() {
		return (EAttribute)estimateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEstimate_Sd() {
		return (EAttribute)estimateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEstimate_CiLow() {
		return (EAttribute)estimateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEstimate_CiHigh() {
		return (EAttribute)estimateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEstimate_CiMethod() {
		return (EAttribute)estimateEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEstimate_CiLevel() {
		return (EAttribute)estimateEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEstimate_PublishedText() {
		return (EAttribute)estimateEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComparison() {
		return comparisonEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparison_ComparatorId() {
		return (EAttribute)comparisonEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComparison_Parameters() {
		return (EReference)comparisonEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComparison_Findings() {
		return (EReference)comparisonEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComparison_Segments() {
		return (EReference)comparisonEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparison_Family() {
		return (EAttribute)comparisonEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComparison_Result() {
		return (EReference)comparisonEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParameter() {
		return parameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Name() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Value() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResult() {
		return resultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_StatisticName() {
		return (EAttribute)resultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_Statistic() {
		return (EAttribute)resultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_Df() {
		return (EAttribute)resultEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_Df2() {
		return (EAttribute)resultEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_PValue() {
		return (EAttribute)resultEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_AdjustedP() {
		return (EAttribute)resultEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_Adjustment() {
		return (EAttribute)resultEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_EstimateName() {
		return (EAttribute)resultEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_Estimate() {
		return (EAttribute)resultEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_CiLow() {
		return (EAttribute)resultEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_CiHigh() {
		return (EAttribute)resultEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_CiLevel() {
		return (EAttribute)resultEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResult_EffectSizes() {
		return (EReference)resultEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResult_Values() {
		return (EReference)resultEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_MethodText() {
		return (EAttribute)resultEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_ToolVersion() {
		return (EAttribute)resultEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_InputHash() {
		return (EAttribute)resultEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_Warnings() {
		return (EAttribute)resultEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEffectSize() {
		return effectSizeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEffectSize_Name() {
		return (EAttribute)effectSizeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEffectSize_Value() {
		return (EAttribute)effectSizeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEffectSize_CiLow() {
		return (EAttribute)effectSizeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEffectSize_CiHigh() {
		return (EAttribute)effectSizeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChartSpec() {
		return chartSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChartSpec_Kind() {
		return (EAttribute)chartSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChartSpec_Title() {
		return (EAttribute)chartSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChartSpec_Subtitle() {
		return (EAttribute)chartSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChartSpec_XLabel() {
		return (EAttribute)chartSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChartSpec_YLabel() {
		return (EAttribute)chartSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChartSpec_XScale() {
		return (EAttribute)chartSpecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChartSpec_YScale() {
		return (EAttribute)chartSpecEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChartSpec_Percent() {
		return (EAttribute)chartSpecEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChartSpec_Palette() {
		return (EAttribute)chartSpecEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChartSpec_Width() {
		return (EAttribute)chartSpecEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChartSpec_Height() {
		return (EAttribute)chartSpecEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChartSpec_SortOrder() {
		return (EAttribute)chartSpecEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChartSpec_Interval() {
		return (EAttribute)chartSpecEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChartSpec_Findings() {
		return (EReference)chartSpecEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChartSpec_Segments() {
		return (EReference)chartSpecEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChartSpec_Dataset() {
		return (EReference)chartSpecEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChartSpec_Annotations() {
		return (EReference)chartSpecEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChartSpec_Properties() {
		return (EReference)chartSpecEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnnotation() {
		return annotationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_Text() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_X() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_Y() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTableSpec() {
		return tableSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTableSpec_Title() {
		return (EAttribute)tableSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTableSpec_Dataset() {
		return (EReference)tableSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTableSpec_Rows() {
		return (EAttribute)tableSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTableSpec_Columns() {
		return (EAttribute)tableSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTableSpec_Segment() {
		return (EReference)tableSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTableSpec_Weighting() {
		return (EAttribute)tableSpecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTableSpec_Letters() {
		return (EAttribute)tableSpecEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTableSpec_Alpha() {
		return (EAttribute)tableSpecEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTableSpec_Correction() {
		return (EAttribute)tableSpecEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTableSpec_Counts() {
		return (EAttribute)tableSpecEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTableSpec_Bases() {
		return (EAttribute)tableSpecEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTableSpec_EffectiveBases() {
		return (EAttribute)tableSpecEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTableSpec_Tests() {
		return (EAttribute)tableSpecEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTableSpec_Means() {
		return (EAttribute)tableSpecEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTableSpec_SortOrder() {
		return (EAttribute)tableSpecEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTableSpec_MinimumBase() {
		return (EAttribute)tableSpecEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReportSpec() {
		return reportSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportSpec_Title() {
		return (EAttribute)reportSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportSpec_Subtitle() {
		return (EAttribute)reportSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportSpec_Author() {
		return (EAttribute)reportSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReportSpec_Sections() {
		return (EReference)reportSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSection() {
		return sectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSection_Title() {
		return (EAttribute)sectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSection_Kind() {
		return (EAttribute)sectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSection_Text() {
		return (EAttribute)sectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSection_Findings() {
		return (EReference)sectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSection_Comparisons() {
		return (EReference)sectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSection_Chart() {
		return (EReference)sectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSection_Table() {
		return (EReference)sectionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getQuestionType() {
		return questionTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVariableType() {
		return variableTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMeasureLevel() {
		return measureLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVariableRole() {
		return variableRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMeasureKind() {
		return measureKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOrigin() {
		return originEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAxisScale() {
		return axisScaleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSortOrder() {
		return sortOrderEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTableWeighting() {
		return tableWeightingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSectionKind() {
		return sectionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudyFactory getStudyFactory() {
		return (StudyFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		namedEClass = createEClass(NAMED);
		createEAttribute(namedEClass, NAMED__NAME);
		createEAttribute(namedEClass, NAMED__LABEL);

		studyEClass = createEClass(STUDY);
		createEAttribute(studyEClass, STUDY__TITLE);
		createEAttribute(studyEClass, STUDY__DESCRIPTION);
		createEAttribute(studyEClass, STUDY__DATE);
		createEReference(studyEClass, STUDY__SOURCES);
		createEReference(studyEClass, STUDY__INSTRUMENTS);
		createEReference(studyEClass, STUDY__DATASETS);
		createEReference(studyEClass, STUDY__SEGMENTS);
		createEReference(studyEClass, STUDY__FINDINGS);
		createEReference(studyEClass, STUDY__COMPARISONS);
		createEReference(studyEClass, STUDY__CHARTS);
		createEReference(studyEClass, STUDY__TABLES);
		createEReference(studyEClass, STUDY__REPORTS);

		sourceEClass = createEClass(SOURCE);
		createEAttribute(sourceEClass, SOURCE__TITLE);
		createEAttribute(sourceEClass, SOURCE__AUTHOR);
		createEAttribute(sourceEClass, SOURCE__PUBLISHER);
		createEAttribute(sourceEClass, SOURCE__DATE);
		createEAttribute(sourceEClass, SOURCE__URL);
		createEAttribute(sourceEClass, SOURCE__CITATION);
		createEAttribute(sourceEClass, SOURCE__NOTES);

		instrumentEClass = createEClass(INSTRUMENT);
		createEAttribute(instrumentEClass, INSTRUMENT__MODE);
		createEAttribute(instrumentEClass, INSTRUMENT__POPULATION);
		createEAttribute(instrumentEClass, INSTRUMENT__FIELDWORK_START);
		createEAttribute(instrumentEClass, INSTRUMENT__FIELDWORK_END);
		createEAttribute(instrumentEClass, INSTRUMENT__PLANNED_SAMPLE_SIZE);
		createEReference(instrumentEClass, INSTRUMENT__SOURCE);
		createEReference(instrumentEClass, INSTRUMENT__QUESTIONS);

		questionEClass = createEClass(QUESTION);
		createEAttribute(questionEClass, QUESTION__TEXT);
		createEAttribute(questionEClass, QUESTION__TYPE);
		createEReference(questionEClass, QUESTION__OPTIONS);

		optionEClass = createEClass(OPTION);
		createEAttribute(optionEClass, OPTION__CODE);
		createEAttribute(optionEClass, OPTION__LABEL);

		datasetEClass = createEClass(DATASET);
		createEAttribute(datasetEClass, DATASET__URI);
		createEAttribute(datasetEClass, DATASET__ROW_COUNT);
		createEAttribute(datasetEClass, DATASET__CONTENT_HASH);
		createEAttribute(datasetEClass, DATASET__SYNTHETIC);
		createEAttribute(datasetEClass, DATASET__DESCRIPTION);
		createEReference(datasetEClass, DATASET__SOURCE);
		createEReference(datasetEClass, DATASET__INSTRUMENT);
		createEReference(datasetEClass, DATASET__VARIABLES);
		createEReference(datasetEClass, DATASET__MULTIPLE_RESPONSE_SETS);

		variableEClass = createEClass(VARIABLE);
		createEAttribute(variableEClass, VARIABLE__TYPE);
		createEAttribute(variableEClass, VARIABLE__MEASURE_LEVEL);
		createEAttribute(variableEClass, VARIABLE__ROLE);
		createEReference(variableEClass, VARIABLE__VALUE_LABELS);
		createEAttribute(variableEClass, VARIABLE__MISSING_VALUES);
		createEReference(variableEClass, VARIABLE__QUESTION);
		createEReference(variableEClass, VARIABLE__NETS);

		netEClass = createEClass(NET);
		createEAttribute(netEClass, NET__LEVELS);

		valueLabelEClass = createEClass(VALUE_LABEL);
		createEAttribute(valueLabelEClass, VALUE_LABEL__VALUE);
		createEAttribute(valueLabelEClass, VALUE_LABEL__LABEL);

		multipleResponseSetEClass = createEClass(MULTIPLE_RESPONSE_SET);
		createEReference(multipleResponseSetEClass, MULTIPLE_RESPONSE_SET__VARIABLES);
		createEAttribute(multipleResponseSetEClass, MULTIPLE_RESPONSE_SET__COUNTED_VALUE);
		createEReference(multipleResponseSetEClass, MULTIPLE_RESPONSE_SET__QUESTION);

		segmentEClass = createEClass(SEGMENT);
		createEAttribute(segmentEClass, SEGMENT__FILTER);
		createEAttribute(segmentEClass, SEGMENT__DESCRIPTION);

		findingEClass = createEClass(FINDING);
		createEAttribute(findingEClass, FINDING__MEASURE);
		createEAttribute(findingEClass, FINDING__ORIGIN);
		createEReference(findingEClass, FINDING__SOURCE);
		createEReference(findingEClass, FINDING__QUESTION);
		createEReference(findingEClass, FINDING__DATASET);
		createEAttribute(findingEClass, FINDING__VARIABLE);
		createEAttribute(findingEClass, FINDING__LEVEL);
		createEReference(findingEClass, FINDING__MULTIPLE_RESPONSE_SET);
		createEReference(findingEClass, FINDING__BASE);
		createEReference(findingEClass, FINDING__ESTIMATES);
		createEAttribute(findingEClass, FINDING__NOTES);
		createEAttribute(findingEClass, FINDING__INPUT_HASH);

		baseEClass = createEClass(BASE);
		createEAttribute(baseEClass, BASE__LABEL);
		createEAttribute(baseEClass, BASE__N);
		createEReference(baseEClass, BASE__WITHIN);

		estimateEClass = createEClass(ESTIMATE);
		createEReference(estimateEClass, ESTIMATE__SEGMENT);
		createEAttribute(estimateEClass, ESTIMATE__VALUE);
		createEAttribute(estimateEClass, ESTIMATE__N);
		createEAttribute(estimateEClass, ESTIMATE__COUNT);
		createEAttribute(estimateEClass, ESTIMATE__SD);
		createEAttribute(estimateEClass, ESTIMATE__CI_LOW);
		createEAttribute(estimateEClass, ESTIMATE__CI_HIGH);
		createEAttribute(estimateEClass, ESTIMATE__CI_METHOD);
		createEAttribute(estimateEClass, ESTIMATE__CI_LEVEL);
		createEAttribute(estimateEClass, ESTIMATE__PUBLISHED_TEXT);

		comparisonEClass = createEClass(COMPARISON);
		createEAttribute(comparisonEClass, COMPARISON__COMPARATOR_ID);
		createEReference(comparisonEClass, COMPARISON__PARAMETERS);
		createEReference(comparisonEClass, COMPARISON__FINDINGS);
		createEReference(comparisonEClass, COMPARISON__SEGMENTS);
		createEAttribute(comparisonEClass, COMPARISON__FAMILY);
		createEReference(comparisonEClass, COMPARISON__RESULT);

		parameterEClass = createEClass(PARAMETER);
		createEAttribute(parameterEClass, PARAMETER__NAME);
		createEAttribute(parameterEClass, PARAMETER__VALUE);

		resultEClass = createEClass(RESULT);
		createEAttribute(resultEClass, RESULT__STATISTIC_NAME);
		createEAttribute(resultEClass, RESULT__STATISTIC);
		createEAttribute(resultEClass, RESULT__DF);
		createEAttribute(resultEClass, RESULT__DF2);
		createEAttribute(resultEClass, RESULT__PVALUE);
		createEAttribute(resultEClass, RESULT__ADJUSTED_P);
		createEAttribute(resultEClass, RESULT__ADJUSTMENT);
		createEAttribute(resultEClass, RESULT__ESTIMATE_NAME);
		createEAttribute(resultEClass, RESULT__ESTIMATE);
		createEAttribute(resultEClass, RESULT__CI_LOW);
		createEAttribute(resultEClass, RESULT__CI_HIGH);
		createEAttribute(resultEClass, RESULT__CI_LEVEL);
		createEReference(resultEClass, RESULT__EFFECT_SIZES);
		createEReference(resultEClass, RESULT__VALUES);
		createEAttribute(resultEClass, RESULT__METHOD_TEXT);
		createEAttribute(resultEClass, RESULT__TOOL_VERSION);
		createEAttribute(resultEClass, RESULT__INPUT_HASH);
		createEAttribute(resultEClass, RESULT__WARNINGS);

		effectSizeEClass = createEClass(EFFECT_SIZE);
		createEAttribute(effectSizeEClass, EFFECT_SIZE__NAME);
		createEAttribute(effectSizeEClass, EFFECT_SIZE__VALUE);
		createEAttribute(effectSizeEClass, EFFECT_SIZE__CI_LOW);
		createEAttribute(effectSizeEClass, EFFECT_SIZE__CI_HIGH);

		chartSpecEClass = createEClass(CHART_SPEC);
		createEAttribute(chartSpecEClass, CHART_SPEC__KIND);
		createEAttribute(chartSpecEClass, CHART_SPEC__TITLE);
		createEAttribute(chartSpecEClass, CHART_SPEC__SUBTITLE);
		createEAttribute(chartSpecEClass, CHART_SPEC__XLABEL);
		createEAttribute(chartSpecEClass, CHART_SPEC__YLABEL);
		createEAttribute(chartSpecEClass, CHART_SPEC__XSCALE);
		createEAttribute(chartSpecEClass, CHART_SPEC__YSCALE);
		createEAttribute(chartSpecEClass, CHART_SPEC__PERCENT);
		createEAttribute(chartSpecEClass, CHART_SPEC__PALETTE);
		createEAttribute(chartSpecEClass, CHART_SPEC__WIDTH);
		createEAttribute(chartSpecEClass, CHART_SPEC__HEIGHT);
		createEAttribute(chartSpecEClass, CHART_SPEC__SORT_ORDER);
		createEAttribute(chartSpecEClass, CHART_SPEC__INTERVAL);
		createEReference(chartSpecEClass, CHART_SPEC__FINDINGS);
		createEReference(chartSpecEClass, CHART_SPEC__SEGMENTS);
		createEReference(chartSpecEClass, CHART_SPEC__DATASET);
		createEReference(chartSpecEClass, CHART_SPEC__ANNOTATIONS);
		createEReference(chartSpecEClass, CHART_SPEC__PROPERTIES);

		annotationEClass = createEClass(ANNOTATION);
		createEAttribute(annotationEClass, ANNOTATION__TEXT);
		createEAttribute(annotationEClass, ANNOTATION__X);
		createEAttribute(annotationEClass, ANNOTATION__Y);

		tableSpecEClass = createEClass(TABLE_SPEC);
		createEAttribute(tableSpecEClass, TABLE_SPEC__TITLE);
		createEReference(tableSpecEClass, TABLE_SPEC__DATASET);
		createEAttribute(tableSpecEClass, TABLE_SPEC__ROWS);
		createEAttribute(tableSpecEClass, TABLE_SPEC__COLUMNS);
		createEReference(tableSpecEClass, TABLE_SPEC__SEGMENT);
		createEAttribute(tableSpecEClass, TABLE_SPEC__WEIGHTING);
		createEAttribute(tableSpecEClass, TABLE_SPEC__LETTERS);
		createEAttribute(tableSpecEClass, TABLE_SPEC__ALPHA);
		createEAttribute(tableSpecEClass, TABLE_SPEC__CORRECTION);
		createEAttribute(tableSpecEClass, TABLE_SPEC__COUNTS);
		createEAttribute(tableSpecEClass, TABLE_SPEC__BASES);
		createEAttribute(tableSpecEClass, TABLE_SPEC__EFFECTIVE_BASES);
		createEAttribute(tableSpecEClass, TABLE_SPEC__TESTS);
		createEAttribute(tableSpecEClass, TABLE_SPEC__MEANS);
		createEAttribute(tableSpecEClass, TABLE_SPEC__SORT_ORDER);
		createEAttribute(tableSpecEClass, TABLE_SPEC__MINIMUM_BASE);

		reportSpecEClass = createEClass(REPORT_SPEC);
		createEAttribute(reportSpecEClass, REPORT_SPEC__TITLE);
		createEAttribute(reportSpecEClass, REPORT_SPEC__SUBTITLE);
		createEAttribute(reportSpecEClass, REPORT_SPEC__AUTHOR);
		createEReference(reportSpecEClass, REPORT_SPEC__SECTIONS);

		sectionEClass = createEClass(SECTION);
		createEAttribute(sectionEClass, SECTION__TITLE);
		createEAttribute(sectionEClass, SECTION__KIND);
		createEAttribute(sectionEClass, SECTION__TEXT);
		createEReference(sectionEClass, SECTION__FINDINGS);
		createEReference(sectionEClass, SECTION__COMPARISONS);
		createEReference(sectionEClass, SECTION__CHART);
		createEReference(sectionEClass, SECTION__TABLE);

		// Create enums
		questionTypeEEnum = createEEnum(QUESTION_TYPE);
		variableTypeEEnum = createEEnum(VARIABLE_TYPE);
		measureLevelEEnum = createEEnum(MEASURE_LEVEL);
		variableRoleEEnum = createEEnum(VARIABLE_ROLE);
		measureKindEEnum = createEEnum(MEASURE_KIND);
		originEEnum = createEEnum(ORIGIN);
		axisScaleEEnum = createEEnum(AXIS_SCALE);
		sortOrderEEnum = createEEnum(SORT_ORDER);
		tableWeightingEEnum = createEEnum(TABLE_WEIGHTING);
		sectionKindEEnum = createEEnum(SECTION_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		namedEClass.getESuperTypes().add(this.getIdentified());
		studyEClass.getESuperTypes().add(this.getNamed());
		sourceEClass.getESuperTypes().add(this.getNamed());
		instrumentEClass.getESuperTypes().add(this.getNamed());
		questionEClass.getESuperTypes().add(this.getNamed());
		optionEClass.getESuperTypes().add(this.getIdentified());
		datasetEClass.getESuperTypes().add(this.getNamed());
		variableEClass.getESuperTypes().add(this.getNamed());
		netEClass.getESuperTypes().add(this.getNamed());
		multipleResponseSetEClass.getESuperTypes().add(this.getNamed());
		segmentEClass.getESuperTypes().add(this.getNamed());
		findingEClass.getESuperTypes().add(this.getNamed());
		baseEClass.getESuperTypes().add(this.getIdentified());
		estimateEClass.getESuperTypes().add(this.getIdentified());
		comparisonEClass.getESuperTypes().add(this.getNamed());
		chartSpecEClass.getESuperTypes().add(this.getNamed());
		tableSpecEClass.getESuperTypes().add(this.getNamed());
		reportSpecEClass.getESuperTypes().add(this.getNamed());
		sectionEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(namedEClass, Named.class, "Named", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamed_Name(), ecorePackage.getEString(), "name", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamed_Label(), ecorePackage.getEString(), "label", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(studyEClass, Study.class, "Study", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStudy_Title(), ecorePackage.getEString(), "title", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_Description(), ecorePackage.getEString(), "description", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_Date(), ecorePackage.getEString(), "date", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Sources(), this.getSource(), null, "sources", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Instruments(), this.getInstrument(), null, "instruments", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Datasets(), this.getDataset(), null, "datasets", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Segments(), this.getSegment(), null, "segments", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Findings(), this.getFinding(), null, "findings", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Comparisons(), this.getComparison(), null, "comparisons", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Charts(), this.getChartSpec(), null, "charts", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Tables(), this.getTableSpec(), null, "tables", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Reports(), this.getReportSpec(), null, "reports", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourceEClass, Source.class, "Source", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSource_Title(), ecorePackage.getEString(), "title", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Author(), ecorePackage.getEString(), "author", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Publisher(), ecorePackage.getEString(), "publisher", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Date(), ecorePackage.getEString(), "date", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Url(), ecorePackage.getEString(), "url", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Citation(), ecorePackage.getEString(), "citation", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(instrumentEClass, Instrument.class, "Instrument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInstrument_Mode(), ecorePackage.getEString(), "mode", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrument_Population(), ecorePackage.getEString(), "population", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrument_FieldworkStart(), ecorePackage.getEString(), "fieldworkStart", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrument_FieldworkEnd(), ecorePackage.getEString(), "fieldworkEnd", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrument_PlannedSampleSize(), ecorePackage.getEIntegerObject(), "plannedSampleSize", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstrument_Source(), this.getSource(), null, "source", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstrument_Questions(), this.getQuestion(), null, "questions", null, 0, -1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(questionEClass, Question.class, "Question", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getQuestion_Text(), ecorePackage.getEString(), "text", null, 0, 1, Question.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuestion_Type(), this.getQuestionType(), "type", null, 0, 1, Question.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQuestion_Options(), this.getOption(), null, "options", null, 0, -1, Question.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(optionEClass, Option.class, "Option", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOption_Code(), ecorePackage.getEString(), "code", null, 0, 1, Option.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOption_Label(), ecorePackage.getEString(), "label", null, 0, 1, Option.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(datasetEClass, Dataset.class, "Dataset", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDataset_Uri(), ecorePackage.getEString(), "uri", null, 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataset_RowCount(), ecorePackage.getELong(), "rowCount", null, 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataset_ContentHash(), ecorePackage.getEString(), "contentHash", null, 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataset_Synthetic(), ecorePackage.getEBoolean(), "synthetic", null, 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataset_Description(), ecorePackage.getEString(), "description", null, 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataset_Source(), this.getSource(), null, "source", null, 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataset_Instrument(), this.getInstrument(), null, "instrument", null, 0, 1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataset_Variables(), this.getVariable(), null, "variables", null, 0, -1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataset_MultipleResponseSets(), this.getMultipleResponseSet(), null, "multipleResponseSets", null, 0, -1, Dataset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(variableEClass, Variable.class, "Variable", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVariable_Type(), this.getVariableType(), "type", null, 0, 1, Variable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVariable_MeasureLevel(), this.getMeasureLevel(), "measureLevel", null, 0, 1, Variable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVariable_Role(), this.getVariableRole(), "role", null, 0, 1, Variable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVariable_ValueLabels(), this.getValueLabel(), null, "valueLabels", null, 0, -1, Variable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVariable_MissingValues(), ecorePackage.getEString(), "missingValues", null, 0, -1, Variable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVariable_Question(), this.getQuestion(), null, "question", null, 0, 1, Variable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVariable_Nets(), this.getNet(), null, "nets", null, 0, -1, Variable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(netEClass, Net.class, "Net", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNet_Levels(), ecorePackage.getEString(), "levels", null, 0, -1, Net.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(valueLabelEClass, ValueLabel.class, "ValueLabel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getValueLabel_Value(), ecorePackage.getEString(), "value", null, 0, 1, ValueLabel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValueLabel_Label(), ecorePackage.getEString(), "label", null, 0, 1, ValueLabel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(multipleResponseSetEClass, MultipleResponseSet.class, "MultipleResponseSet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMultipleResponseSet_Variables(), this.getVariable(), null, "variables", null, 0, -1, MultipleResponseSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMultipleResponseSet_CountedValue(), ecorePackage.getEString(), "countedValue", null, 0, 1, MultipleResponseSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMultipleResponseSet_Question(), this.getQuestion(), null, "question", null, 0, 1, MultipleResponseSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(segmentEClass, Segment.class, "Segment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSegment_Filter(), ecorePackage.getEString(), "filter", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegment_Description(), ecorePackage.getEString(), "description", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(findingEClass, Finding.class, "Finding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFinding_Measure(), this.getMeasureKind(), "measure", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Origin(), this.getOrigin(), "origin", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_Source(), this.getSource(), null, "source", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_Question(), this.getQuestion(), null, "question", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_Dataset(), this.getDataset(), null, "dataset", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Variable(), ecorePackage.getEString(), "variable", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Level(), ecorePackage.getEString(), "level", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_MultipleResponseSet(), this.getMultipleResponseSet(), null, "multipleResponseSet", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_Base(), this.getBase(), null, "base", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_Estimates(), this.getEstimate(), null, "estimates", null, 0, -1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_InputHash(), ecorePackage.getEString(), "inputHash", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(baseEClass, Base.class, "Base", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBase_Label(), ecorePackage.getEString(), "label", null, 0, 1, Base.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBase_N(), ecorePackage.getEIntegerObject(), "n", null, 0, 1, Base.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBase_Within(), this.getFinding(), null, "within", null, 0, 1, Base.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(estimateEClass, Estimate.class, "Estimate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEstimate_Segment(), this.getSegment(), null, "segment", null, 0, 1, Estimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEstimate_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, Estimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEstimate_N(), ecorePackage.getEIntegerObject(), "n", null, 0, 1, Estimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEstimate_Count(), ecorePackage.getEDoubleObject(), "count", null, 0, 1, Estimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEstimate_Sd(), ecorePackage.getEDoubleObject(), "sd", null, 0, 1, Estimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEstimate_CiLow(), ecorePackage.getEDoubleObject(), "ciLow", null, 0, 1, Estimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEstimate_CiHigh(), ecorePackage.getEDoubleObject(), "ciHigh", null, 0, 1, Estimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEstimate_CiMethod(), ecorePackage.getEString(), "ciMethod", null, 0, 1, Estimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEstimate_CiLevel(), ecorePackage.getEDouble(), "ciLevel", "0.95", 0, 1, Estimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEstimate_PublishedText(), ecorePackage.getEString(), "publishedText", null, 0, 1, Estimate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(comparisonEClass, Comparison.class, "Comparison", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComparison_ComparatorId(), ecorePackage.getEString(), "comparatorId", null, 0, 1, Comparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComparison_Parameters(), this.getParameter(), null, "parameters", null, 0, -1, Comparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComparison_Findings(), this.getFinding(), null, "findings", null, 0, -1, Comparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComparison_Segments(), this.getSegment(), null, "segments", null, 0, -1, Comparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComparison_Family(), ecorePackage.getEString(), "family", null, 0, 1, Comparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComparison_Result(), this.getResult(), null, "result", null, 0, 1, Comparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(parameterEClass, Parameter.class, "Parameter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParameter_Name(), ecorePackage.getEString(), "name", null, 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameter_Value(), ecorePackage.getEString(), "value", null, 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(resultEClass, Result.class, "Result", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getResult_StatisticName(), ecorePackage.getEString(), "statisticName", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_Statistic(), ecorePackage.getEDoubleObject(), "statistic", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_Df(), ecorePackage.getEDoubleObject(), "df", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_Df2(), ecorePackage.getEDoubleObject(), "df2", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_PValue(), ecorePackage.getEDoubleObject(), "pValue", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_AdjustedP(), ecorePackage.getEDoubleObject(), "adjustedP", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_Adjustment(), ecorePackage.getEString(), "adjustment", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_EstimateName(), ecorePackage.getEString(), "estimateName", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_Estimate(), ecorePackage.getEDoubleObject(), "estimate", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_CiLow(), ecorePackage.getEDoubleObject(), "ciLow", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_CiHigh(), ecorePackage.getEDoubleObject(), "ciHigh", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_CiLevel(), ecorePackage.getEDoubleObject(), "ciLevel", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResult_EffectSizes(), this.getEffectSize(), null, "effectSizes", null, 0, -1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResult_Values(), this.getParameter(), null, "values", null, 0, -1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_MethodText(), ecorePackage.getEString(), "methodText", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_ToolVersion(), ecorePackage.getEString(), "toolVersion", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_InputHash(), ecorePackage.getEString(), "inputHash", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_Warnings(), ecorePackage.getEString(), "warnings", null, 0, -1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(effectSizeEClass, EffectSize.class, "EffectSize", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEffectSize_Name(), ecorePackage.getEString(), "name", null, 0, 1, EffectSize.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEffectSize_Value(), ecorePackage.getEDoubleObject(), "value", null, 0, 1, EffectSize.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEffectSize_CiLow(), ecorePackage.getEDoubleObject(), "ciLow", null, 0, 1, EffectSize.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEffectSize_CiHigh(), ecorePackage.getEDoubleObject(), "ciHigh", null, 0, 1, EffectSize.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(chartSpecEClass, ChartSpec.class, "ChartSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChartSpec_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, ChartSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChartSpec_Title(), ecorePackage.getEString(), "title", null, 0, 1, ChartSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChartSpec_Subtitle(), ecorePackage.getEString(), "subtitle", null, 0, 1, ChartSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChartSpec_XLabel(), ecorePackage.getEString(), "xLabel", null, 0, 1, ChartSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChartSpec_YLabel(), ecorePackage.getEString(), "yLabel", null, 0, 1, ChartSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChartSpec_XScale(), this.getAxisScale(), "xScale", null, 0, 1, ChartSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChartSpec_YScale(), this.getAxisScale(), "yScale", null, 0, 1, ChartSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChartSpec_Percent(), ecorePackage.getEBoolean(), "percent", null, 0, 1, ChartSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChartSpec_Palette(), ecorePackage.getEString(), "palette", "okabe-ito", 0, 1, ChartSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChartSpec_Width(), ecorePackage.getEInt(), "width", "800", 0, 1, ChartSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChartSpec_Height(), ecorePackage.getEInt(), "height", "500", 0, 1, ChartSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChartSpec_SortOrder(), this.getSortOrder(), "sortOrder", null, 0, 1, ChartSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChartSpec_Interval(), ecorePackage.getEString(), "interval", null, 0, 1, ChartSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChartSpec_Findings(), this.getFinding(), null, "findings", null, 0, -1, ChartSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChartSpec_Segments(), this.getSegment(), null, "segments", null, 0, -1, ChartSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChartSpec_Dataset(), this.getDataset(), null, "dataset", null, 0, 1, ChartSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChartSpec_Annotations(), this.getAnnotation(), null, "annotations", null, 0, -1, ChartSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChartSpec_Properties(), this.getParameter(), null, "properties", null, 0, -1, ChartSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(annotationEClass, Annotation.class, "Annotation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnnotation_Text(), ecorePackage.getEString(), "text", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_X(), ecorePackage.getEDoubleObject(), "x", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_Y(), ecorePackage.getEDoubleObject(), "y", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tableSpecEClass, TableSpec.class, "TableSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTableSpec_Title(), ecorePackage.getEString(), "title", null, 0, 1, TableSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTableSpec_Dataset(), this.getDataset(), null, "dataset", null, 0, 1, TableSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTableSpec_Rows(), ecorePackage.getEString(), "rows", null, 0, -1, TableSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTableSpec_Columns(), ecorePackage.getEString(), "columns", null, 0, -1, TableSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTableSpec_Segment(), this.getSegment(), null, "segment", null, 0, 1, TableSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTableSpec_Weighting(), this.getTableWeighting(), "weighting", null, 0, 1, TableSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTableSpec_Letters(), ecorePackage.getEBoolean(), "letters", "true", 0, 1, TableSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTableSpec_Alpha(), ecorePackage.getEDouble(), "alpha", "0.05", 0, 1, TableSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTableSpec_Correction(), ecorePackage.getEString(), "correction", "bonferroni", 0, 1, TableSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTableSpec_Counts(), ecorePackage.getEBoolean(), "counts", null, 0, 1, TableSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTableSpec_Bases(), ecorePackage.getEBoolean(), "bases", "true", 0, 1, TableSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTableSpec_EffectiveBases(), ecorePackage.getEBoolean(), "effectiveBases", null, 0, 1, TableSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTableSpec_Tests(), ecorePackage.getEBoolean(), "tests", "true", 0, 1, TableSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTableSpec_Means(), ecorePackage.getEBoolean(), "means", null, 0, 1, TableSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTableSpec_SortOrder(), this.getSortOrder(), "sortOrder", null, 0, 1, TableSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTableSpec_MinimumBase(), ecorePackage.getEInt(), "minimumBase", null, 0, 1, TableSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reportSpecEClass, ReportSpec.class, "ReportSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReportSpec_Title(), ecorePackage.getEString(), "title", null, 0, 1, ReportSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReportSpec_Subtitle(), ecorePackage.getEString(), "subtitle", null, 0, 1, ReportSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReportSpec_Author(), ecorePackage.getEString(), "author", null, 0, 1, ReportSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReportSpec_Sections(), this.getSection(), null, "sections", null, 0, -1, ReportSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sectionEClass, Section.class, "Section", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSection_Title(), ecorePackage.getEString(), "title", null, 0, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSection_Kind(), this.getSectionKind(), "kind", null, 0, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSection_Text(), ecorePackage.getEString(), "text", null, 0, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSection_Findings(), this.getFinding(), null, "findings", null, 0, -1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSection_Comparisons(), this.getComparison(), null, "comparisons", null, 0, -1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSection_Chart(), this.getChartSpec(), null, "chart", null, 0, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSection_Table(), this.getTableSpec(), null, "table", null, 0, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(questionTypeEEnum, QuestionType.class, "QuestionType");
		addEEnumLiteral(questionTypeEEnum, QuestionType.SINGLE);
		addEEnumLiteral(questionTypeEEnum, QuestionType.MULTIPLE_RESPONSE);
		addEEnumLiteral(questionTypeEEnum, QuestionType.LIKERT);
		addEEnumLiteral(questionTypeEEnum, QuestionType.NUMERIC);
		addEEnumLiteral(questionTypeEEnum, QuestionType.TEXT);

		initEEnum(variableTypeEEnum, VariableType.class, "VariableType");
		addEEnumLiteral(variableTypeEEnum, VariableType.STRING);
		addEEnumLiteral(variableTypeEEnum, VariableType.INTEGER);
		addEEnumLiteral(variableTypeEEnum, VariableType.DOUBLE);
		addEEnumLiteral(variableTypeEEnum, VariableType.BOOLEAN);
		addEEnumLiteral(variableTypeEEnum, VariableType.DATE);

		initEEnum(measureLevelEEnum, MeasureLevel.class, "MeasureLevel");
		addEEnumLiteral(measureLevelEEnum, MeasureLevel.NOMINAL);
		addEEnumLiteral(measureLevelEEnum, MeasureLevel.ORDINAL);
		addEEnumLiteral(measureLevelEEnum, MeasureLevel.SCALE);

		initEEnum(variableRoleEEnum, VariableRole.class, "VariableRole");
		addEEnumLiteral(variableRoleEEnum, VariableRole.NONE);
		addEEnumLiteral(variableRoleEEnum, VariableRole.ID);
		addEEnumLiteral(variableRoleEEnum, VariableRole.WEIGHT);
		addEEnumLiteral(variableRoleEEnum, VariableRole.CLUSTER);
		addEEnumLiteral(variableRoleEEnum, VariableRole.STRATA);

		initEEnum(measureKindEEnum, MeasureKind.class, "MeasureKind");
		addEEnumLiteral(measureKindEEnum, MeasureKind.PROPORTION);
		addEEnumLiteral(measureKindEEnum, MeasureKind.MEAN);
		addEEnumLiteral(measureKindEEnum, MeasureKind.COUNT);

		initEEnum(originEEnum, Origin.class, "Origin");
		addEEnumLiteral(originEEnum, Origin.PUBLISHED);
		addEEnumLiteral(originEEnum, Origin.COMPUTED);

		initEEnum(axisScaleEEnum, AxisScale.class, "AxisScale");
		addEEnumLiteral(axisScaleEEnum, AxisScale.LINEAR);
		addEEnumLiteral(axisScaleEEnum, AxisScale.LOG);

		initEEnum(sortOrderEEnum, SortOrder.class, "SortOrder");
		addEEnumLiteral(sortOrderEEnum, SortOrder.MODEL);
		addEEnumLiteral(sortOrderEEnum, SortOrder.ASCENDING);
		addEEnumLiteral(sortOrderEEnum, SortOrder.DESCENDING);

		initEEnum(tableWeightingEEnum, TableWeighting.class, "TableWeighting");
		addEEnumLiteral(tableWeightingEEnum, TableWeighting.DESIGN);
		addEEnumLiteral(tableWeightingEEnum, TableWeighting.WEIGHT);
		addEEnumLiteral(tableWeightingEEnum, TableWeighting.NONE);

		initEEnum(sectionKindEEnum, SectionKind.class, "SectionKind");
		addEEnumLiteral(sectionKindEEnum, SectionKind.TEXT);
		addEEnumLiteral(sectionKindEEnum, SectionKind.FINDINGS);
		addEEnumLiteral(sectionKindEEnum, SectionKind.COMPARISONS);
		addEEnumLiteral(sectionKindEEnum, SectionKind.CHART);
		addEEnumLiteral(sectionKindEEnum, SectionKind.METHODS);
		addEEnumLiteral(sectionKindEEnum, SectionKind.TABLE);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (identifiedEClass,
		   source,
		   new String[] {
			   "documentation", "Every element has a stable UUID so that XMI diffs stay small and references survive renames."
		   });
		addAnnotation
		  (getIdentified_Id(),
		   source,
		   new String[] {
			   "documentation", "Stable UUID, assigned when the element is first saved and never changed afterwards."
		   });
		addAnnotation
		  (namedEClass,
		   source,
		   new String[] {
			   "documentation", "An element with a short machine name (used on the command line and in references) and a human label."
		   });
		addAnnotation
		  (getNamed_Name(),
		   source,
		   new String[] {
			   "documentation", "Short key, unique among its siblings, e.g. \"security\"."
		   });
		addAnnotation
		  (getNamed_Label(),
		   source,
		   new String[] {
			   "documentation", "Human-readable label."
		   });
		addAnnotation
		  (studyEClass,
		   source,
		   new String[] {
			   "documentation", "A survey study: where its numbers come from, what was asked, the data, and what to compute and report."
		   });
		addAnnotation
		  (getStudy_Date(),
		   source,
		   new String[] {
			   "documentation", "Publication or fieldwork date (ISO 8601, e.g. 2013-07). Also the fixed date written into generated reports so that they are reproducible."
		   });
		addAnnotation
		  (sourceEClass,
		   source,
		   new String[] {
			   "documentation", "A citable origin of published numbers or data."
		   });
		addAnnotation
		  (getSource_Author(),
		   source,
		   new String[] {
			   "documentation", "Authors or commissioning organisation."
		   });
		addAnnotation
		  (getSource_Date(),
		   source,
		   new String[] {
			   "documentation", "ISO 8601 date or month of publication."
		   });
		addAnnotation
		  (getSource_Citation(),
		   source,
		   new String[] {
			   "documentation", "Full citation as it should appear in reports."
		   });
		addAnnotation
		  (instrumentEClass,
		   source,
		   new String[] {
			   "documentation", "A questionnaire or observation protocol."
		   });
		addAnnotation
		  (getInstrument_Mode(),
		   source,
		   new String[] {
			   "documentation", "Data collection mode, e.g. online panel, CATI, observation of public pages."
		   });
		addAnnotation
		  (questionEClass,
		   source,
		   new String[] {
			   "documentation", "One item of an instrument."
		   });
		addAnnotation
		  (getQuestion_Text(),
		   source,
		   new String[] {
			   "documentation", "Question wording as asked."
		   });
		addAnnotation
		  (optionEClass,
		   source,
		   new String[] {
			   "documentation", "An answer option of a question (for Likert items in scale order)."
		   });
		addAnnotation
		  (getOption_Code(),
		   source,
		   new String[] {
			   "documentation", "Stored value, e.g. 1 or \"yes\"."
		   });
		addAnnotation
		  (questionTypeEEnum,
		   source,
		   new String[] {
			   "documentation", "How a question is answered."
		   });
		addAnnotation
		  (datasetEClass,
		   source,
		   new String[] {
			   "documentation", "Respondent-level data stored as a Parquet file next to the study."
		   });
		addAnnotation
		  (getDataset_Uri(),
		   source,
		   new String[] {
			   "documentation", "Location of the Parquet file, relative to the study file."
		   });
		addAnnotation
		  (getDataset_ContentHash(),
		   source,
		   new String[] {
			   "documentation", "SHA-256 of the data file, to detect changed inputs."
		   });
		addAnnotation
		  (getDataset_Synthetic(),
		   source,
		   new String[] {
			   "documentation", "True when the rows were generated rather than collected; reports say so."
		   });
		addAnnotation
		  (variableEClass,
		   source,
		   new String[] {
			   "documentation", "A column of a dataset with its dictionary entry."
		   });
		addAnnotation
		  (getVariable_Role(),
		   source,
		   new String[] {
			   "documentation", "Design role: survey weight, cluster (PSU) or stratum identifier."
		   });
		addAnnotation
		  (getVariable_MissingValues(),
		   source,
		   new String[] {
			   "documentation", "Codes treated as missing (user-missing in SPSS terms)."
		   });
		addAnnotation
		  (getVariable_Question(),
		   source,
		   new String[] {
			   "documentation", "The question this variable answers, if any."
		   });
		addAnnotation
		  (getVariable_Nets(),
		   source,
		   new String[] {
			   "documentation", "Answers combined into one, e.g. the top two boxes of a 5-point scale; tables show them beneath the answers, with letters."
		   });
		addAnnotation
		  (netEClass,
		   source,
		   new String[] {
			   "documentation", "A net: the share of respondents who gave any of some answers of a variable (e.g. \"Agree (net)\" = 4 or 5)."
		   });
		addAnnotation
		  (getNet_Levels(),
		   source,
		   new String[] {
			   "documentation", "The stored values combined, e.g. 4 and 5."
		   });
		addAnnotation
		  (valueLabelEClass,
		   source,
		   new String[] {
			   "documentation", "Label of one stored value."
		   });
		addAnnotation
		  (multipleResponseSetEClass,
		   source,
		   new String[] {
			   "documentation", "Variables that together answer one multiple-response question."
		   });
		addAnnotation
		  (getMultipleResponseSet_CountedValue(),
		   source,
		   new String[] {
			   "documentation", "The value that counts as \"selected\", e.g. 1."
		   });
		addAnnotation
		  (variableTypeEEnum,
		   source,
		   new String[] {
			   "documentation", "Storage type of a variable."
		   });
		addAnnotation
		  (measureLevelEEnum,
		   source,
		   new String[] {
			   "documentation", "Level of measurement."
		   });
		addAnnotation
		  (variableRoleEEnum,
		   source,
		   new String[] {
			   "documentation", "Role of a variable in the survey design."
		   });
		addAnnotation
		  (segmentEClass,
		   source,
		   new String[] {
			   "documentation", "A group of respondents, e.g. \"SMEs\". For computed findings the filter selects its rows; for published findings it only names the group."
		   });
		addAnnotation
		  (getSegment_Filter(),
		   source,
		   new String[] {
			   "documentation", "Filter expression, e.g. size = \"SME\" and country in (\"IT\",\"DE\"). Empty for groups known only from a publication."
		   });
		addAnnotation
		  (findingEClass,
		   source,
		   new String[] {
			   "documentation", "A measured quantity (a proportion, mean or count) with one estimate per segment."
		   });
		addAnnotation
		  (getFinding_Source(),
		   source,
		   new String[] {
			   "documentation", "Where a published finding was published."
		   });
		addAnnotation
		  (getFinding_Dataset(),
		   source,
		   new String[] {
			   "documentation", "Dataset a computed finding is computed from."
		   });
		addAnnotation
		  (getFinding_Variable(),
		   source,
		   new String[] {
			   "documentation", "Variable a computed finding is computed from."
		   });
		addAnnotation
		  (getFinding_Level(),
		   source,
		   new String[] {
			   "documentation", "Value of the variable counted as a success for proportions."
		   });
		addAnnotation
		  (getFinding_Base(),
		   source,
		   new String[] {
			   "documentation", "Who the percentages are of."
		   });
		addAnnotation
		  (getFinding_InputHash(),
		   source,
		   new String[] {
			   "documentation", "For a computed finding: SHA-256 of what its estimates were computed from (data file, variable, level, design, segment filters, method); they are recomputed only when it changes."
		   });
		addAnnotation
		  (baseEClass,
		   source,
		   new String[] {
			   "documentation", "The population a finding refers to. A nested base is a sub-sample defined by another finding, e.g. \"among the 60% with a strategy\"."
		   });
		addAnnotation
		  (getBase_Label(),
		   source,
		   new String[] {
			   "documentation", "e.g. \"all respondents\", \"companies with a social media strategy\"."
		   });
		addAnnotation
		  (getBase_N(),
		   source,
		   new String[] {
			   "documentation", "Size of the base when known."
		   });
		addAnnotation
		  (getBase_Within(),
		   source,
		   new String[] {
			   "documentation", "For a nested base: the finding whose positive answers form this base."
		   });
		addAnnotation
		  (estimateEClass,
		   source,
		   new String[] {
			   "documentation", "The value of a finding in one segment (or the whole sample when no segment is set)."
		   });
		addAnnotation
		  (getEstimate_Value(),
		   source,
		   new String[] {
			   "documentation", "A proportion in [0,1], a mean, or a count."
		   });
		addAnnotation
		  (getEstimate_N(),
		   source,
		   new String[] {
			   "documentation", "Base n of this segment when known."
		   });
		addAnnotation
		  (getEstimate_Count(),
		   source,
		   new String[] {
			   "documentation", "Number of successes (weighted when the finding is weighted)."
		   });
		addAnnotation
		  (getEstimate_Sd(),
		   source,
		   new String[] {
			   "documentation", "Standard deviation, for means."
		   });
		addAnnotation
		  (getEstimate_PublishedText(),
		   source,
		   new String[] {
			   "documentation", "The value as printed in the source, e.g. \"7 in 10\"."
		   });
		addAnnotation
		  (measureKindEEnum,
		   source,
		   new String[] {
			   "documentation", "What a finding measures."
		   });
		addAnnotation
		  (originEEnum,
		   source,
		   new String[] {
			   "documentation", "Where a finding\'s numbers come from."
		   });
		addAnnotation
		  (comparisonEClass,
		   source,
		   new String[] {
			   "documentation", "A statistical test applied to findings or segments, with its full result."
		   });
		addAnnotation
		  (getComparison_ComparatorId(),
		   source,
		   new String[] {
			   "documentation", "Id of the comparator service, e.g. two-proportions."
		   });
		addAnnotation
		  (getComparison_Family(),
		   source,
		   new String[] {
			   "documentation", "Comparisons with the same family are corrected together for multiple testing."
		   });
		addAnnotation
		  (parameterEClass,
		   source,
		   new String[] {
			   "documentation", "A named value; used for comparator parameters and chart properties."
		   });
		addAnnotation
		  (resultEClass,
		   source,
		   new String[] {
			   "documentation", "Everything a comparator reported, with provenance."
		   });
		addAnnotation
		  (getResult_StatisticName(),
		   source,
		   new String[] {
			   "documentation", "e.g. z, X-squared, F."
		   });
		addAnnotation
		  (getResult_Df2(),
		   source,
		   new String[] {
			   "documentation", "Denominator degrees of freedom of F statistics."
		   });
		addAnnotation
		  (getResult_Adjustment(),
		   source,
		   new String[] {
			   "documentation", "Multiple-comparison correction applied to adjustedP."
		   });
		addAnnotation
		  (getResult_Values(),
		   source,
		   new String[] {
			   "documentation", "Further named outputs of the comparator."
		   });
		addAnnotation
		  (getResult_MethodText(),
		   source,
		   new String[] {
			   "documentation", "Method as it should be cited in a report."
		   });
		addAnnotation
		  (getResult_InputHash(),
		   source,
		   new String[] {
			   "documentation", "Hash of the inputs; a result whose inputs are unchanged is reused."
		   });
		addAnnotation
		  (effectSizeEClass,
		   source,
		   new String[] {
			   "documentation", "An effect size with its confidence interval."
		   });
		addAnnotation
		  (chartSpecEClass,
		   source,
		   new String[] {
			   "documentation", "What a chart shows and how."
		   });
		addAnnotation
		  (getChartSpec_Kind(),
		   source,
		   new String[] {
			   "documentation", "Chart kind id, e.g. grouped-bar; plug-ins add kinds."
		   });
		addAnnotation
		  (getChartSpec_Interval(),
		   source,
		   new String[] {
			   "documentation", "Which confidence interval to draw, e.g. wilson; empty for none."
		   });
		addAnnotation
		  (getChartSpec_Properties(),
		   source,
		   new String[] {
			   "documentation", "Kind-specific settings."
		   });
		addAnnotation
		  (annotationEClass,
		   source,
		   new String[] {
			   "documentation", "Text placed on a chart."
		   });
		addAnnotation
		  (axisScaleEEnum,
		   source,
		   new String[] {
			   "documentation", "Axis scale."
		   });
		addAnnotation
		  (sortOrderEEnum,
		   source,
		   new String[] {
			   "documentation", "Order of categories in a chart."
		   });
		addAnnotation
		  (tableSpecEClass,
		   source,
		   new String[] {
			   "documentation", "A banner table (\"custom table\"): row questions by column breakdowns of one dataset, with column percentages, bases, letters and tests."
		   });
		addAnnotation
		  (getTableSpec_Dataset(),
		   source,
		   new String[] {
			   "documentation", "The dataset whose respondents the table counts; the study\'s only dataset when empty."
		   });
		addAnnotation
		  (getTableSpec_Rows(),
		   source,
		   new String[] {
			   "documentation", "Row questions: names of the dataset\'s variables, in the order shown."
		   });
		addAnnotation
		  (getTableSpec_Columns(),
		   source,
		   new String[] {
			   "documentation", "Column breakdowns: names of the dataset\'s variables; a Total column comes first, and each breakdown\'s columns are lettered A, B, ... of their own."
		   });
		addAnnotation
		  (getTableSpec_Segment(),
		   source,
		   new String[] {
			   "documentation", "Only the respondents of this segment (a domain of the design); everyone when empty."
		   });
		addAnnotation
		  (getTableSpec_Weighting(),
		   source,
		   new String[] {
			   "documentation", "Which of the dataset\'s design roles the table uses: weight, clusters and strata (design), the weight only, or none."
		   });
		addAnnotation
		  (getTableSpec_Letters(),
		   source,
		   new String[] {
			   "documentation", "Show column-proportion letters: a cell gets the letters of the columns of its breakdown whose percentage it significantly exceeds."
		   });
		addAnnotation
		  (getTableSpec_Alpha(),
		   source,
		   new String[] {
			   "documentation", "Significance level of the letters."
		   });
		addAnnotation
		  (getTableSpec_Correction(),
		   source,
		   new String[] {
			   "documentation", "Multiple-comparison correction of the letters within each row and breakdown: none, bonferroni, holm, hochberg, BH or BY."
		   });
		addAnnotation
		  (getTableSpec_Counts(),
		   source,
		   new String[] {
			   "documentation", "Show each cell\'s respondents (unweighted count) under its percentage."
		   });
		addAnnotation
		  (getTableSpec_Bases(),
		   source,
		   new String[] {
			   "documentation", "Show each question\'s unweighted base per column."
		   });
		addAnnotation
		  (getTableSpec_EffectiveBases(),
		   source,
		   new String[] {
			   "documentation", "Show the effective bases (Kish) of weighted tables."
		   });
		addAnnotation
		  (getTableSpec_Tests(),
		   source,
		   new String[] {
			   "documentation", "Show the test of independence per question and breakdown (Rao-Scott F with a design, else chi-square)."
		   });
		addAnnotation
		  (getTableSpec_Means(),
		   source,
		   new String[] {
			   "documentation", "Show the mean of each question whose answers are numbers (its codes, user-missing codes left out), with letters from t-tests between the columns of each breakdown (design-based with a design)."
		   });
		addAnnotation
		  (getTableSpec_SortOrder(),
		   source,
		   new String[] {
			   "documentation", "Order of each question\'s answers: as in the data, or by their Total percentage."
		   });
		addAnnotation
		  (getTableSpec_MinimumBase(),
		   source,
		   new String[] {
			   "documentation", "Columns with fewer respondents than this are marked as small bases and get no letters, and no letters point to them (0: no limit)."
		   });
		addAnnotation
		  (tableWeightingEEnum,
		   source,
		   new String[] {
			   "documentation", "Which design roles a table uses."
		   });
		addAnnotation
		  (reportSpecEClass,
		   source,
		   new String[] {
			   "documentation", "An ordered list of sections rendered to HTML or PDF."
		   });
		addAnnotation
		  (sectionEClass,
		   source,
		   new String[] {
			   "documentation", "One section of a report."
		   });
		addAnnotation
		  (getSection_Text(),
		   source,
		   new String[] {
			   "documentation", "Markdown text."
		   });
		addAnnotation
		  (getSection_Table(),
		   source,
		   new String[] {
			   "documentation", "The table a table section shows; all the study\'s tables when empty."
		   });
		addAnnotation
		  (sectionKindEEnum,
		   source,
		   new String[] {
			   "documentation", "What a report section shows."
		   });
	}

} //StudyPackageImpl
